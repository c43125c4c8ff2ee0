import type { SoftwareSignature } from './software-match.js';

/** A program that keeps a computer looking attended by faking input, with how sure that is. */
export interface JigglerSoftware extends SoftwareSignature {
  /** `pointer`: moves the mouse; `keypress`: presses an unused key. Both make presence tools show "active". */
  fakes: 'pointer' | 'keypress';
}

/**
 * Jiggler software, written for molehunt from the products' own pages. Only programs that fake
 * input are listed: keep-awake utilities that hold a power assertion (macOS Caffeine, Amphetamine,
 * KeepingYouAwake, `caffeinate`, PowerToys Awake, Don't Sleep) stop sleep without pretending anyone
 * is there, are common among ordinary employees, and are deliberately not matched.
 */
export const JIGGLER_SOFTWARE: readonly JigglerSoftware[] = [
  {
    name: 'Jiggler', fakes: 'pointer',
    processes: ['jiggler'], processPatterns: [/jiggl/], packages: [/jiggl/, /^com\.sticksoftware\.jiggler/],
    source: 'arkanesystems.com Mouse Jiggler (Windows, jiggler.exe); sticksoftware.com Jiggler (macOS); other "Mouse Jiggle(r)" tools by name',
  },
  {
    name: 'Move Mouse', fakes: 'pointer',
    processes: ['move mouse', 'movemouse'], packages: [/^move mouse\b/, /^ellamy\.movemouse/],
    source: 'Ellamy Software "Move Mouse" (Microsoft Store / GitHub releases)',
  },
  {
    name: 'Caffeine (Windows)', fakes: 'keypress', windowsOnly: true,
    processes: ['caffeine', 'caffeine32', 'caffeine64'], packages: [/^caffeine\b/],
    source: 'zhornsoftware.co.uk Caffeine: "simulates a keypress once every 59 seconds" (F15); the macOS app of that name does not fake input',
  },
];

/** USB product or vendor names of hardware jigglers (sold as "USB Mouse Jiggler", "Mouse Mover", "Mouse Wiggler"). */
export const HARDWARE_JIGGLER_NAME = /jiggl|mouse ?mover|wiggler/i;
