/** `npm start` serves the built site on localhost (PORT, default 4321; BASE_PATH as built). */
import { serveStatic } from './lib/static-server.ts';

const port = Number(process.env.PORT ?? 4321);
const { url } = await serveStatic({ root: 'dist', base: process.env.BASE_PATH ?? '/', port });
process.stdout.write(`The report explorer is at ${url} (Ctrl+C to stop)\n`);
