import { describe, expect, it } from 'vitest';
import { parseReportFile } from '../../../src/parser/index.ts';

describe('parseReportFile', () => {
  it('should read the published report into 159 paragraphs, 20 judgements and 15 recommendations', async () => {
    const report = await parseReportFile('content/tower-hamlets-2012.txt');
    expect(report.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 159 }, (_, i) => i + 1));
    expect(report.judgements).toHaveLength(20);
    expect(report.recommendations).toHaveLength(15);
    expect(report.recommendations.find((r) => r.id === 'sg-3m-4')?.text).toMatch(/^appoint a named GP/);
  });
});
