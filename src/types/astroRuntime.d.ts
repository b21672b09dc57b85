/**
 * `astro/runtime/server` exports `__astro_tag_component__` (every compiled MDX module imports it
 * to name its renderer) without declaring it; `articleBody.ts` tags its components the same way.
 */
export {};

declare module 'astro/runtime/server/index.js' {
  export function __astro_tag_component__(Component: unknown, rendererName: string): void;
}
