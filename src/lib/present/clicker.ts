/**
 * "Teach your clicker": the speaker presses each of the clicker's buttons once, when asked for
 * next, previous and blank, and the talk maps whatever key each button sends to that action.
 * A clicker that sends keys no other clicker does then works as well as any; the map is kept on
 * this browser (remembered.ts) until the speaker forgets it or teaches again.
 */
import { recall, remember, type Remembering } from './remembered';

/** The actions a clicker's buttons are taught, in the order the help asks for them. */
export const CLICKER_ACTIONS = ['next', 'previous', 'blackout'] as const;
export type ClickerAction = (typeof CLICKER_ACTIONS)[number];

/** Each taught key, named as `KeyboardEvent.key` names it, and what it now does. */
export type Learned = Readonly<Record<string, ClickerAction>>;

export const CLICKER_KEY = 'imt-atlas-present-clicker';

// Modifiers and Tab come with other keys or move focus; ? and Q stay the help and the way out,
// whatever a clicker sends.
const UNTEACHABLE = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'Tab']);
const KEPT = new Set(['?', 'q', 'Q']);

/** Whether `key` can be taught: a real key press, not a modifier, not the help or the way out. */
export function teachable(key: string): boolean {
	return key.length > 0 && key.length <= 24 && !UNTEACHABLE.has(key) && !KEPT.has(key);
}

/** Teaching under way: the action asked for next (`at`, an index in CLICKER_ACTIONS), and the keys so far. */
export interface Teaching {
	at: number;
	learned: Learned;
}

export const startTeaching = (): Teaching => ({ at: 0, learned: {} });

/** Whether every action has been asked for. */
export const taught = (teaching: Teaching): boolean => teaching.at >= CLICKER_ACTIONS.length;

/**
 * The speaker pressed `key` for the action asked for. A key already taught for an earlier action
 * (a clicker that sends one key for two buttons) is not taken: the step asks again.
 */
export function teach(teaching: Teaching, key: string): Teaching {
	if (taught(teaching) || !teachable(key) || Object.hasOwn(teaching.learned, key)) return teaching;
	return {
		at: teaching.at + 1,
		learned: { ...teaching.learned, [key]: CLICKER_ACTIONS[teaching.at]! }
	};
}

/** The clicker has no button for the action asked for: ask for the next one. */
export const skip = (teaching: Teaching): Teaching =>
	taught(teaching) ? teaching : { ...teaching, at: teaching.at + 1 };

/** What a taught key does, or null for a key that was not taught. */
export function clickerCommand(learned: Learned, key: string): ClickerAction | null {
	return Object.hasOwn(learned, key) ? learned[key]! : null;
}

/** The keys kept on this browser; anything unreadable or not a taught key is dropped. */
export function storedClicker(storage: Remembering | undefined): Learned {
	let parsed: unknown;
	try {
		parsed = JSON.parse(recall(storage, CLICKER_KEY) ?? '{}');
	} catch {
		return {};
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
	const actions: readonly string[] = CLICKER_ACTIONS;
	return Object.fromEntries(
		Object.entries(parsed).filter(([key, action]) => teachable(key) && actions.includes(action))
	);
}

/** Keeps the taught keys; none (an empty map) forgets them. */
export function storeClicker(storage: Remembering | undefined, learned: Learned) {
	remember(storage, CLICKER_KEY, Object.keys(learned).length ? JSON.stringify(learned) : null);
}
