import { startPage } from './app/page-start.ts';

void startPage({});
