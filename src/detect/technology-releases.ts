// First public releases of technologies résumés name (A-06, anachronistic experience). Written for
// this project from each project's own announcement or release notes, cited per row; the year is the
// first public release a developer outside the maker could have used (1.0 where the catalog asks for
// it, noted). Insiders used several before that (React at Facebook, Go at Google, Swift at Apple).

/** One technology: how résumés write it and the year it became public. */
export interface TechnologyRelease {
  name: string;
  /** Matches the technology's name in text; tried longest-first, so "React Native" is never "React". */
  pattern: RegExp;
  year: number;
  /** Earlier public previews, when `year` is a 1.0 release. */
  preview?: string;
}

const t = (name: string, pattern: RegExp, year: number, preview?: string): TechnologyRelease => ({ name, pattern, year, ...(preview ? { preview } : {}) });

/** The table. Patterns are case-sensitive where the name is also an English word (Go, Swift, Bun, React). */
export const TECHNOLOGY_RELEASES: readonly TechnologyRelease[] = [
  // Open-sourced at JSConf US, 29 May 2013 (React blog, "Why did we build React?", 2013-06-05).
  t('React', /React(?:\.?js)?|ReactJS/, 2013),
  // Open-sourced 26 March 2015 (React Native blog, "React Native: Bringing modern web techniques to mobile").
  t('React Native', /React[\s-]?Native/i, 2015),
  // Hooks shipped in React 16.8, 6 February 2019 (React blog, "React v16.8: The One With Hooks").
  t('React Hooks', /React\s+Hooks/i, 2019),
  // Vue 0.8, first public release, February 2014 (vuejs/vue releases; Evan You, "First week of launching Vue.js").
  t('Vue', /Vue(?:\.?js)?/, 2014),
  // AngularJS 1.0 June 2012, first public version October 2010 (angular/angular.js CHANGELOG 0.9.0). Bare
  // "Angular" counts as AngularJS: people call both by that name, and the older date never accuses anyone.
  t('AngularJS', /AngularJS|Angular\.js|Angular(?:\s?1(?:\.x)?(?![\d.]))?/, 2010),
  // Angular 2.0.0 final, 14 September 2016 (Angular blog). Only an explicit "Angular 2+" counts: bare "Angular" is AngularJS.
  t('Angular 2+', /Angular\s?(?:[2-9]|1\d)(?:\+|\.x)?(?![\d.])|Angular\s?2\+/, 2016),
  // Node.js 0.0.1, 27 May 2009; presented at JSConf EU, November 2009 (nodejs/node CHANGELOG).
  t('Node.js', /Node\.?js|Node\s+JS/i, 2009),
  // TypeScript 0.8, 1 October 2012 (Microsoft, "TypeScript: JavaScript Development at Application Scale").
  t('TypeScript', /TypeScript/i, 2012),
  // Go announced and open-sourced 10 November 2009 (Google Open Source Blog, "Hey! Ho! Let's Go!").
  t('Go', /Golang|Go(?![\w-])/, 2009),
  // Rust 1.0, 15 May 2015 (Rust blog, "Announcing Rust 1.0"); 0.1 in January 2012.
  t('Rust', /Rust(?:lang)?/, 2015, 'pre-1.0 releases from January 2012'),
  // Kotlin 1.0, 15 February 2016 (Kotlin blog); open-sourced February 2012.
  t('Kotlin', /Kotlin/i, 2016, 'open-source previews from February 2012'),
  // Swift announced at WWDC, 2 June 2014 (Apple press release). Case-sensitive: SWIFT is the banking network.
  t('Swift', /Swift(?!UI)/, 2014),
  // SwiftUI announced at WWDC, 3 June 2019 (Apple developer news).
  t('SwiftUI', /SwiftUI/, 2019),
  // Flutter's first alpha, May 2017 (Flutter 1.0 December 2018; flutter/flutter releases).
  t('Flutter', /Flutter/i, 2017),
  // Docker shown at PyCon, March 2013, and open-sourced that month (Docker blog, 2013).
  t('Docker', /Docker/i, 2013),
  // Kubernetes announced and first committed, June 2014 (kubernetes/kubernetes first commit 2014-06-06).
  t('Kubernetes', /Kubernetes|K8s/i, 2014),
  // Terraform 0.1, 28 July 2014 (HashiCorp blog, "Terraform").
  t('Terraform', /Terraform/i, 2014),
  // Next.js 1.0, 25 October 2016 (Vercel blog, "Next.js").
  t('Next.js', /Next\.?js/i, 2016),
  // Nuxt.js first release, October 2016 (nuxt/nuxt releases).
  t('Nuxt', /Nuxt(?:\.?js)?/i, 2016),
  // GraphQL specification and reference implementation published July 2015 (graphql.org, "GraphQL: A data query language").
  t('GraphQL', /GraphQL/i, 2015),
  // Redux 1.0, August 2015; first release June 2015 (reduxjs/redux releases).
  t('Redux', /Redux/, 2015),
  // Svelte 1.0, 26 November 2016 (svelte.dev blog, "Frameworks without the framework").
  t('Svelte', /Svelte/i, 2016),
  // Tailwind CSS v0.1.0, 1 November 2017 (tailwindlabs/tailwindcss releases).
  t('Tailwind CSS', /Tailwind(?:\s?CSS)?/i, 2017),
  // Vite's first public releases, April 2020 (vitejs/vite releases; 1.0 later that year).
  t('Vite', /Vite(?:\.?js)?/, 2020),
  // Deno 1.0, 13 May 2020 (Deno blog); first shown at JSConf EU, June 2018.
  t('Deno', /Deno/, 2020, 'first shown in June 2018'),
  // Bun's public beta, 5 July 2022 (Bun blog); 1.0 in September 2023.
  t('Bun', /Bun(?:\.js)?(?=\s|[,;:)]|$)/, 2022),
  // .NET Core 1.0, 27 June 2016 (Microsoft .NET blog).
  t('.NET Core', /\.NET\s?Core/i, 2016),
  // Spring Boot 1.0, 1 April 2014 (spring.io blog).
  t('Spring Boot', /Spring\s?Boot/i, 2014),
  // AWS Lambda announced at re:Invent, 13 November 2014 (AWS news blog).
  t('AWS Lambda', /AWS\s+Lambda/i, 2014),
  // Ethereum Frontier, 30 July 2015 (Ethereum blog, "Ethereum Launches").
  t('Ethereum', /Ethereum/i, 2015),
  // Solidity first released with Ethereum in 2015 (soliditylang.org, "Solidity's history"; proposed August 2014).
  t('Solidity', /Solidity/i, 2015),
  // web3.js first released 2015 with Ethereum (web3/web3.js releases).
  t('web3.js', /web3\.?js/i, 2015),
  // Binance Smart Chain mainnet, 1 September 2020 (Binance announcement).
  t('BNB Smart Chain', /Binance\s+Smart\s+Chain|BNB\s+(?:Smart\s+)?Chain/i, 2020),
  // Solana mainnet beta, 16 March 2020 (Solana blog); testnets in 2019.
  t('Solana', /Solana/i, 2020),
  // TensorFlow open-sourced 9 November 2015 (Google AI blog).
  t('TensorFlow', /TensorFlow/i, 2015),
  // PyTorch initial release, September 2016; public beta January 2017 (pytorch/pytorch releases).
  t('PyTorch', /PyTorch/i, 2016),
  // The OpenAI API (GPT-3) opened 11 June 2020 (OpenAI blog, "OpenAI API").
  t('OpenAI API', /OpenAI\s+API|GPT-3(?![.\d])/i, 2020),
  // The first general-purpose LLM API was that same OpenAI API, so LLM APIs date from June 2020 too.
  t('LLM APIs', /LLM\s+APIs?/i, 2020),
  // ChatGPT launched 30 November 2022 (OpenAI blog, "Introducing ChatGPT").
  t('ChatGPT', /ChatGPT/i, 2022),
  // GPT-4, 14 March 2023 (OpenAI blog).
  t('GPT-4', /GPT-4(?![o\d.])/i, 2023),
  // LangChain's first release, October 2022 (langchain-ai/langchain releases).
  t('LangChain', /LangChain/i, 2022),
  // GitHub Copilot technical preview, 29 June 2021 (GitHub blog).
  t('GitHub Copilot', /GitHub\s+Copilot/i, 2021),
];
