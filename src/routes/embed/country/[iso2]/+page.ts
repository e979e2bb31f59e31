// The same countries as the atlas's country pages, and the same 404 for any other code.
export { entries, load } from '../../../(atlas)/country/[iso2]/+page';
