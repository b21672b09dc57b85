/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The article being rendered, read by the MDX components <Fig>, <FactBox> and <Chart>. */
    article?: import('./facts/resolveArticle.ts').ResolvedArticle;
    /** The heading level of each fact box the article text places, in order (see BodyFactBox). */
    factBoxLevels?: import('./lib/factBoxHeadingLevels.ts').FactBoxLevel[];
  }
}
