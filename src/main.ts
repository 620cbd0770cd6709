import { appStart } from './app/first-paint.ts';

await appStart();
const { startPage } = await import('./app/page-start.ts');
void startPage({});
