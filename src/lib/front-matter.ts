/**
 * Where the report's labelled front-matter fields ("Inspection dates: …", "Age group: …",
 * "Website: …") are shown: those the model reads as the inspection's facts (its dates, inspector,
 * age group and publication date) in the facts list of the home and whole-report pages; every
 * other field (a website) in the footer beside the notices. Each field is shown once, in one of
 * the two, with its label as published, so none of the front matter is lost.
 */
import type { Metadata } from '../model/schema.ts';

export type FrontMatterField = Metadata['fields'][number];

/** A fact field, with the ISO date a `<time>` gives for it where the field is a date. */
export interface FactField extends FrontMatterField {
  datetime?: string;
}

/** The fields that state the inspection's facts, in published order. */
export function factFields(metadata: Metadata): FactField[] {
  const dates = new Map([
    [metadata.inspectionDates.asPublished, metadata.inspectionDates.start],
    [metadata.publishedAsPublished, metadata.published],
  ]);
  const facts = new Set([...dates.keys(), metadata.reportingInspector, metadata.ageGroup]);
  return metadata.fields
    .filter((field) => facts.has(field.value))
    .map((field) => ({ ...field, datetime: dates.get(field.value) }));
}

/** The fields the footer shows: every field that is not one of the facts, in published order. */
export function footerFields(metadata: Metadata): FrontMatterField[] {
  const facts = new Set(factFields(metadata).map((field) => field.line));
  return metadata.fields.filter((field) => !facts.has(field.line));
}
