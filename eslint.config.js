import { fileURLToPath } from 'node:url';
import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

export default ts.config(
	includeIgnoreFile(gitignorePath),
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// typescript-eslint recommends this off: TypeScript itself reports undefined names.
			'no-undef': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.ts'],
		rules: {
			// Internal addresses are built as localHref(resolve(…)) ($lib/i18n/links.ts), so that a
			// page in Spanish links to Spanish pages; the plugin's rule accepts resolve() alone and
			// rejects the wrapper. These selectors ask for the wrapper instead.
			'svelte/no-navigation-without-resolve': 'off',
			'no-restricted-syntax': [
				'error',
				{
					selector:
						"SvelteAttribute[key.name='href'] SvelteMustacheTag > CallExpression[callee.name='resolve']",
					message: 'Internal links go through localHref(resolve(…)) from $lib/i18n/links.'
				},
				{
					selector:
						"CallExpression[callee.name=/^(goto|pushState|replaceState)$/] > CallExpression.arguments[callee.name='resolve']",
					message: 'Navigation targets go through localHref(resolve(…)) from $lib/i18n/links.'
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
