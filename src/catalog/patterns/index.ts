/** The Patterns tab: building blocks of several states that drop in as a unit. */
import type { PatternItem } from '../types';
import { distributedMap } from './distributedMap';
import { fanOut } from './fanOut';
import { humanApproval } from './humanApproval';
import { pollUntilDone } from './pollUntilDone';
import { retryWithFallback } from './retryWithFallback';
import { saga } from './saga';

export const PATTERNS: readonly PatternItem[] = [pollUntilDone, humanApproval, retryWithFallback, saga, fanOut, distributedMap];
