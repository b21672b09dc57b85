/**
 * The Tally components in an article body: `<Fig>` must name a figure, `<FactBox>` and `<Claim>` a
 * fact and `<Chart>` one of the frontmatter's `charts`; any other capitalised tag is not a component.
 * A `<Claim>`'s `says` must be a comparison and a number (`parseClaim`).
 */
import { didYouMean } from '../facts/closestNames.ts';
import { parseClaim } from '../facts/evaluateClaim.ts';
import { COMPONENT_ATTRIBUTES, isTallyComponent, TALLY_COMPONENTS, type TallyComponent } from './bodyMarkupRules.ts';
import type { ComponentUse } from './readBody.ts';

export interface DeclaredIds {
  figures: Set<string>;
  facts: Set<string>;
  charts: Set<string>;
}

/** Ids the frontmatter declares, read defensively so body checks run even when the schema fails. */
export function declaredIds(data: Record<string, unknown>): DeclaredIds {
  const keys = (value: unknown) =>
    new Set(value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : []);
  const charts = Array.isArray(data.charts) ? data.charts : [];
  return {
    figures: keys(data.figures),
    facts: keys(data.facts),
    charts: new Set(
      charts.flatMap((chart: unknown) =>
        chart && typeof chart === 'object' && 'id' in chart && typeof chart.id === 'string' ? [chart.id] : [],
      ),
    ),
  };
}

function componentIdProblem(name: TallyComponent, id: string, declared: DeclaredIds): string | undefined {
  const kind = TALLY_COMPONENTS[name];
  const own = kind === 'figure' ? declared.figures : kind === 'fact' ? declared.facts : declared.charts;
  if (own.has(id)) return undefined;
  if (kind === 'figure' && declared.facts.has(id))
    return `<Fig id="${id}" />: "${id}" is a fact, not a figure; use <FactBox id="${id}" />`;
  if (kind === 'fact' && declared.figures.has(id))
    return `<FactBox id="${id}" />: "${id}" is a figure, not a fact; use <Fig id="${id}" />`;
  const list = own.size > 0 ? `known: ${[...own].join(', ')}` : `the article declares no ${kind}s`;
  const key = COMPONENT_ATTRIBUTES[name].names;
  const guess = didYouMean(id, [...own]);
  return `<${name} ${key}="${id}" />: unknown ${kind} id "${id}"${guess && `: ${guess}`} (${list})`;
}

/** What is wrong with one use of a component, if anything. */
export function componentProblem(use: ComponentUse, declared: DeclaredIds): string | undefined {
  if (!isTallyComponent(use.name)) {
    return `<${use.name}> is not a Tally component: use <Fig>, <FactBox>, <Chart> or <Claim>`;
  }
  if (use.idProblem) return use.idProblem;
  if (use.name === 'Claim') {
    if (use.says === undefined) return `<Claim fact="${use.id}">: say what the words claim, such as says="more than 3"`;
    if (!parseClaim(use.says)) {
      return `<Claim says="${use.says}">: expected a comparison and a number, such as "more than 3", "about 0.2", "under 1/3" or "about 129 billion"`;
    }
  }
  return componentIdProblem(use.name, use.id!, declared);
}
