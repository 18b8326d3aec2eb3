/**
 * Fuzzing the files people import (issue 10 §1): ≥ 10,000 generated guide packs and ≥ 10,000
 * timing-export files. Every one gives a result — a pack, or problems in Vietnamese with their
 * path — never an exception; a pack that passes also runs through the guide engine.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sequence, startGuide, transition, viewOf, type GuideEvent } from '../../../lib/guides/engine';
import { parsePack, parsePackText } from '../../../lib/guides/pack';
import { parseTimingsExport, recordsToJson } from '../../../lib/timings/exchange';
import { recordFigure } from '../../figures';
import { records } from '../timings/sample-records';

const PACKS = ['1.001193', '2.000986'].map((c) => JSON.parse(readFileSync(`public/guides/${c}.json`, 'utf8')) as Record<string, unknown>);
const SEED = 20261124;

/** Odd text: control characters, lone surrogates, bidi marks, combining runs, very long strings. */
const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('\u0000', '\ud800', '\u202e', 'a\u0301\u0301\u0301', '<img src=x onerror=alert(1)>', '**', '- ', '\n\n\n', ''),
  fc.integer({ min: 1000, max: 20000 }).map((n) => 'Đ'.repeat(n)),
);

type Json = unknown;
/** Every path to a value inside a JSON tree. */
function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

/** One structural mutation at one path: delete, replace, odd text, duplicate, emptied. */
function mutate(root: Json, path: (string | number)[], how: number, replacement: Json, text: string): Json {
  const copy = structuredClone(root) as Record<string | number, Json>;
  if (!path.length) return how % 2 ? replacement : text;
  const parent = path.slice(0, -1).reduce<Json>((o, k) => (o as Record<string | number, Json>)[k], copy) as Record<string | number, Json>;
  const key = path.at(-1)!;
  switch (how % 5) {
    case 0:
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 1:
      parent[key] = replacement;
      break;
    case 2:
      parent[key] = text;
      break;
    case 3:
      if (Array.isArray(parent)) parent.push(structuredClone(parent[key]));
      else parent[key] = [parent[key], parent[key]];
      break;
    default:
      parent[key] = Array.isArray(parent[key]) ? [] : {};
  }
  return copy;
}

const mutatedPack = fc
  .tuple(fc.constantFrom(...PACKS), fc.nat(), fc.nat(), fc.jsonValue({ maxDepth: 3 }), oddText, fc.integer({ min: 1, max: 3 }))
  .map(([pack, at, how, replacement, text, times]) => {
    let out: Json = pack;
    for (let i = 0; i < times; i++) {
      const all = paths(out);
      out = mutate(out, all[(at + i * 7919) % all.length]!, how + i, replacement, text);
    }
    return out;
  });

const EVENTS: fc.Arbitrary<GuideEvent['type']> = fc.constantFrom('next', 'back', 'skip', 'exit', 'finish', 'answer', 'advance', 'target-missing');

function checkResult(r: ReturnType<typeof parsePack>) {
  if (r.ok) return r.pack;
  expect(r.problems.length).toBeGreaterThan(0);
  for (const p of r.problems) {
    expect(typeof p.path).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
  }
  return null;
}

/** Drives a valid pack through the engine with generated events: never throws, the step stays in range. */
function runEngine(pack: NonNullable<ReturnType<typeof checkResult>>, events: GuideEvent['type'][], flags: boolean[]) {
  for (const portal of pack.portals) {
    let state = startGuide(pack, portal, 0);
    if (!state) continue;
    events.forEach((type, i) => {
      const view = viewOf(pack, state!);
      const step = view?.step;
      const event: GuideEvent =
        type === 'answer'
          ? { type, question: view?.question ?? pack.questions?.[0]?.id ?? 'q', value: flags[i % flags.length] ?? true }
          : type === 'advance'
            ? { type, signal: 'target-clicked', stepId: step?.id ?? 'x' }
            : type === 'target-missing'
              ? { type, stepId: step?.id ?? 'x' }
              : { type };
      const t = transition(pack, state!, event, i + 1);
      state = t.state;
      // A running guide always stands on a step of its own sequence.
      if (state.status === 'running') expect(sequence(pack, portal, state.answers).some((s) => s.id === state!.stepId)).toBe(true);
    });
  }
}

describe('fuzzing imported files', () => {
  test('10,000 generated guide packs: a pack or problems, never an exception; valid ones run through the engine', () => {
    let cases = 0;
    let valid = 0;
    let crashes = 0;
    const guard = (f: () => void) => {
      cases++;
      try {
        f();
      } catch (err) {
        crashes++;
        throw err;
      }
    };
    // Structural mutations of the bundled packs (the likeliest bad files: hand-edited real packs).
    fc.assert(
      fc.property(mutatedPack, fc.array(EVENTS, { maxLength: 30 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }), (json, events, flags) =>
        guard(() => {
          const pack = checkResult(parsePack(json));
          checkResult(parsePackText(JSON.stringify(json) ?? ''));
          if (pack) {
            valid++;
            runEngine(pack, events, flags);
          }
        }),
      ),
      { numRuns: 6000, seed: SEED },
    );
    // Any JSON at all.
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (json) => guard(() => void checkResult(parsePack(json)))), { numRuns: 2000, seed: SEED });
    // Broken text: a real pack cut anywhere, with noise spliced in.
    const text = JSON.stringify(PACKS[0]);
    fc.assert(
      fc.property(fc.nat({ max: text.length }), fc.string({ unit: 'binary', maxLength: 20 }), (cut, noise) => guard(() => void checkResult(parsePackText(text.slice(0, cut) + noise + text.slice(cut + noise.length)))) ),
      { numRuns: 2000, seed: SEED },
    );
    expect(valid).toBeGreaterThan(100); // the generator reaches the engine, not only the schema
    recordFigure({ id: 'fuzz-packs', area: 'fuzzing', what: `guide packs generated (${valid} of them valid, run through the engine)`, cases, crashes });
  });

  test('10,000 generated timing-export files: all-or-nothing result, never an exception', () => {
    const good = JSON.parse(recordsToJson(records, 0)) as Json;
    let cases = 0;
    let accepted = 0;
    const check = (text: string) => {
      cases++;
      const r = parseTimingsExport(text);
      if (r.ok) {
        accepted++;
        for (const rec of r.records) expect(typeof rec.id).toBe('string');
      } else expect(r.problems.length).toBeGreaterThan(0);
    };
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.jsonValue({ maxDepth: 3 }), oddText, (at, how, replacement, text) => {
        const all = paths(good);
        check(JSON.stringify(mutate(good, all[at % all.length]!, how, replacement, text)) ?? '');
      }),
      { numRuns: 8000, seed: SEED },
    );
    const text = recordsToJson(records, 0);
    fc.assert(fc.property(fc.nat({ max: text.length }), fc.string({ maxLength: 10 }), (cut, noise) => check(text.slice(0, cut) + noise)), { numRuns: 2000, seed: SEED });
    // A mutated record inside a file makes the whole file refused, never a partial import.
    const one = structuredClone(good) as { records: Record<string, Json>[] };
    one.records[3]!.bytes = -5;
    expect(parseTimingsExport(JSON.stringify(one)).ok).toBe(false);
    expect(accepted).toBeGreaterThan(0);
    recordFigure({ id: 'fuzz-timings-import', area: 'fuzzing', what: `timing-export files generated (${accepted} accepted whole, the rest refused whole)`, cases, crashes: 0 });
  });
});
