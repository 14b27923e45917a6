// Turns per-variant counts into the preview: collections and fields with a change, and sentences per user.
import type { Action } from '@charter/policy';
import type { UnionCounts, VariantCounts } from './impact-counts.js';
import type { Variant } from './impact-variants.js';

/** The measured change of one (collection, action). */
export interface MeasuredChange {
  readonly collection: string;
  /** The collection's display name, for sentences. */
  readonly label: string;
  readonly action: Action;
  readonly variants: readonly Variant[];
  readonly counts: readonly VariantCounts[];
  readonly union: UnionCounts;
}

/** Counts as the Impact types carry them. */
export interface ChangeCounts {
  usersGaining: number;
  usersLosing: number;
  recordsGaining: number;
  recordsLosing: number;
}

/** Users with a gain and users with a loss of rows; records are the distinct counts. */
export function rowChange(m: MeasuredChange): ChangeCounts {
  let usersGaining = 0;
  let usersLosing = 0;
  m.variants.forEach((v, i) => {
    const c = m.counts[i];
    if (c && c.rows.gain > 0) usersGaining += v.users.length;
    if (c && c.rows.loss > 0) usersLosing += v.users.length;
  });
  return { usersGaining, usersLosing, recordsGaining: m.union.rows.gain, recordsLosing: m.union.rows.loss };
}

/** The same per field, for fields with any change. */
export function fieldChanges(m: MeasuredChange): (ChangeCounts & { field: string })[] {
  const out: (ChangeCounts & { field: string })[] = [];
  for (const [field, union] of m.union.fields) {
    let usersGaining = 0;
    let usersLosing = 0;
    m.variants.forEach((v, i) => {
      const c = m.counts[i]?.fields.get(field);
      if (c && c.gain > 0) usersGaining += v.users.length;
      if (c && c.loss > 0) usersLosing += v.users.length;
    });
    if (union.gain === 0 && union.loss === 0) continue;
    out.push({ field, usersGaining, usersLosing, recordsGaining: union.gain, recordsLosing: union.loss });
  }
  return out;
}

/** One counted change for one user: records of a collection, or one field on records they keep. */
export interface CountedChange {
  readonly collection: string;
  readonly action: MeasuredChange['action'];
  /** Absent for whole records. */
  readonly field?: string;
  readonly gained: number;
  readonly lost: number;
}

/** What one variant's users gain and lose on this (collection, action), as counts. */
export function changesOf(m: MeasuredChange, i: number): CountedChange[] {
  const c = m.counts[i];
  if (!c) return [];
  const out: CountedChange[] = [];
  const base = { collection: m.collection, action: m.action };
  if (c.rows.gain > 0 || c.rows.loss > 0) out.push({ ...base, gained: c.rows.gain, lost: c.rows.loss });
  for (const [field, f] of c.fields) {
    if (f.keptGain > 0 || f.keptLoss > 0) out.push({ ...base, field, gained: f.keptGain, lost: f.keptLoss });
  }
  return out;
}

const plural = (n: number) => `${n} ${n === 1 ? 'record' : 'records'}`;

/**
 * What one variant's users gain and lose on this (collection, action). Fields are described on
 * the records that stay accessible; gaining a whole record already says its fields come with it.
 */
export function sentencesOf(m: MeasuredChange, i: number): { gains: string[]; losses: string[] } {
  const c = m.counts[i];
  const gains: string[] = [];
  const losses: string[] = [];
  if (!c) return { gains, losses };
  const rows = (n: number) => `${n} ${m.label} ${n === 1 ? 'record' : 'records'}`;
  if (c.rows.gain > 0) gains.push(`gains ${m.action} on ${rows(c.rows.gain)}`);
  if (c.rows.loss > 0) losses.push(`loses ${m.action} on ${rows(c.rows.loss)}`);
  for (const [field, f] of c.fields) {
    if (f.keptGain > 0) gains.push(`gains ${m.action} of ${m.label}.${field} on ${plural(f.keptGain)}`);
    if (f.keptLoss > 0) losses.push(`loses ${m.action} of ${m.label}.${field} on ${plural(f.keptLoss)}`);
  }
  return { gains, losses };
}
