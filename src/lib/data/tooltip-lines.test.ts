import { describe, expect, it } from 'vitest';
import { countryByIso } from './dataset';
import { yearStatuses, yearTactics } from './year-statuses';
import { TODAY_BY_STATUS, tooltipLines, type TooltipView } from './tooltip-lines';

const at = (iso2: string, year: number, byTactic = false): TooltipView => ({
	byTactic,
	year,
	at: yearStatuses(year).get(iso2),
	tactic: yearTactics(year).get(iso2)
});

describe('what the hover card says beside a country name', () => {
	it.each([
		{
			name: 'today, by status: the organisation and its status',
			iso2: 'br',
			view: TODAY_BY_STATUS,
			expected: { org: 'Esquerda Marxista (Marxist Left)', then: false, meta: 'Section' }
		},
		{
			name: 'today, an organisation the source does not name',
			iso2: 'ar',
			view: TODAY_BY_STATUS,
			expected: { org: 'not named in the source', then: false, meta: 'Group' }
		},
		{
			name: 'today, by tactic',
			iso2: 'gb',
			view: { byTactic: true, year: null },
			expected: { then: false, meta: 'Campaigns and alliances' }
		},
		{
			name: 'a year: the period then and the status line',
			iso2: 'es',
			view: at('es', 1992),
			expected: { then: true, meta: 'Group in 1992 · known from 1992' }
		},
		{
			name: 'a year with nothing there: no organisation line',
			iso2: 'ru',
			view: at('ru', 2018),
			expected: { org: null, then: true, meta: 'No known presence in 2018' }
		},
		{
			name: 'a year, by tactic: the tactic line',
			iso2: 'gb',
			view: at('gb', 1974, true),
			expected: { then: true, meta: /1974/ }
		},
		{
			name: 'a year the timeline does not show: as today',
			iso2: 'br',
			view: { byTactic: false, year: 1900 },
			expected: { org: 'Esquerda Marxista (Marxist Left)', then: false, meta: 'Section' }
		}
	])('$name', ({ iso2, view, expected }) => {
		const lines = tooltipLines(countryByIso(iso2)!, view);
		const { meta, ...rest } = expected;
		expect(lines).toMatchObject(rest);
		if (meta instanceof RegExp) expect(lines.meta).toMatch(meta);
		else expect(lines.meta).toBe(meta);
	});
});
