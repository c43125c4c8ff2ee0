import assert from 'node:assert/strict';
import { test } from 'node:test';
import { experienceClaims } from './experience-claims.js';

const claims = (text: string, year?: number) => experienceClaims(text, year).map((c) => `${c.technology.name} ${c.from}: ${c.phrase}`);

test('durations attached to the name become start years; only the first item of a list gets them', () => {
  assert.deepEqual(claims('12 years of React experience building dashboards', 2022), ['React 2010: 12 years of React']);
  assert.deepEqual(claims('Over 10+ years of hands-on experience with React Native and Go.', 2022), [
    'React Native 2012: 10+ years of hands-on experience with React Native',
  ]);
  assert.deepEqual(claims('Engineer with 10 years of experience in Node.js, React, AWS and blockchain.', 2026), ['Node.js 2016: 10 years of experience in Node.js']);
  assert.deepEqual(claims('ten years of TypeScript; seven years with Rust', 2022), ['TypeScript 2012: ten years of TypeScript', 'Rust 2015: seven years with Rust']);
  assert.deepEqual(claims('Skills: React (10 years), Vue: 3 yrs, Solana – 6 years', 2022), [
    'React 2012: React (10 years)',
    'Vue 2019: Vue: 3 yrs',
    'Solana 2016: Solana – 6 years',
  ]);
});

test('explicit years: since and ranges attached to the name', () => {
  assert.deepEqual(claims('React since 2011, Kubernetes 2012-present and Golang (2008 – 2010).'), [
    'React 2011: React since 2011',
    'Kubernetes 2012: Kubernetes 2012-present',
    'Go 2008: Golang (2008 – 2010)',
  ]);
});

test('bare Angular is AngularJS; only an explicit Angular 2+ version is the 2016 framework', () => {
  assert.deepEqual(claims('Angular since 2012. Angular 4 since 2013. AngularJS since 2009.'), [
    'AngularJS 2012: Angular since 2012',
    'Angular 2+ 2013: Angular 4 since 2013',
    'AngularJS 2009: AngularJS since 2009',
  ]);
});

test('words that only look like technologies, and dates that belong to something else, are not claims', () => {
  for (const text of [
    'SWIFT since 2005 in correspondent banking.',
    'I go since 2005 to meetups. Let Go, 2001-2003.',
    'Frontend developer (React, Angular) at Foo, 2010–2018',
    'Full-stack (JavaScript, React, 2011–2014)',
    '5 years of experience, including React',
    'Worked 10 years with teams using React',
    'OpenAI Gym since 2017',
  ]) {
    assert.deepEqual(claims(text, 2022), [], text);
  }
});

test('durations need the application year; impossible years are dropped', () => {
  assert.deepEqual(claims('12 years of React'), []);
  assert.deepEqual(claims('React since 1950. Vue since 2031.', 2026), []);
});
