import { startPage } from './app/page-start.ts';
import './global.css';

void startPage({});
