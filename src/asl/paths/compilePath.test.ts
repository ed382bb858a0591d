import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../types';
import { compilePath } from './compilePath';
import { createPathContext } from './context';
import { NOT_FOUND } from './types';

const store: JsonObject = {
  store: {
    book: [
      { category: 'reference', author: 'Rees', title: 'Sayings', price: 8.95 },
      { category: 'fiction', author: 'Waugh', title: 'Sword', price: 12.99 },
      { category: 'fiction', author: 'Melville', title: 'Moby Dick', isbn: '0-553', price: 8.99 },
      { category: 'fiction', author: 'Tolkien', title: 'Rings', isbn: '0-395', price: 22.99 },
    ],
    bicycle: { color: 'red', price: 19.95 },
  },
  'a b': 'spaced',
  "it's": 'quoted',
  arr: [10, 20, 30, 40, 50],
  nested: { deep: { deeper: { deepest: 'bottom' } } },
  nil: null,
  flag: false,
  zero: 0,
  constructor: 'own',
  tags: ['x', 'y'],
  empty: {},
};

const ctx = createPathContext({
  contextObject: { Execution: { Id: 'arn:exec', Input: { k: 1 } }, State: { Name: 'S' }, Map: { Item: { Index: 2 } } },
  variables: { myVar: { a: [7, 8] }, count: 3, _under: 'u', v2: [{ n: 1 }, { n: 2 }] },
});

const cases: [string, JsonValue | undefined][] = [
  ['$', store],
  ['$.arr', store.arr],
  ['$.store.bicycle.color', 'red'],
  ['$.nested.deep.deeper.deepest', 'bottom'],
  ["$['a b']", 'spaced'],
  ['$["a b"]', 'spaced'],
  ["$['store']['bicycle']['color']", 'red'],
  ["$.['a b']", 'spaced'],
  ['$.arr[0]', 10],
  ['$.arr[-1]', 50],
  ['$.arr[-5]', 10],
  ['$.arr[5]', NOT_FOUND],
  ['$.arr[-6]', NOT_FOUND],
  ['$.missing', NOT_FOUND],
  ['$.missing.deeper', NOT_FOUND],
  ['$.arr.foo', NOT_FOUND],
  ['$.arr.length', NOT_FOUND],
  ['$.store.bicycle[0]', NOT_FOUND],
  ['$.nil', null],
  ['$.nil.x', NOT_FOUND],
  ['$.flag', false],
  ['$.zero', 0],
  ['$.constructor', 'own'],
  ['$.empty.constructor', NOT_FOUND],
  ['$.empty.toString', NOT_FOUND],
  ['$.arr[*]', [10, 20, 30, 40, 50]],
  ['$.arr.*', [10, 20, 30, 40, 50]],
  ['$.store.bicycle.*', ['red', 19.95]],
  ['$.zero[*]', []],
  ['$.arr[0,2]', [10, 30]],
  ['$.arr[0, 9]', [10]],
  ['$.arr[1:3]', [20, 30]],
  ['$.arr[:2]', [10, 20]],
  ['$.arr[-2:]', [40, 50]],
  ['$.arr[3:]', [40, 50]],
  ['$.arr[2:99]', [30, 40, 50]],
  ['$.arr[:-3]', [10, 20]],
  ['$.store.book[*].author', ['Rees', 'Waugh', 'Melville', 'Tolkien']],
  ['$.store.book[*].isbn', ['0-553', '0-395']],
  ['$..author', ['Rees', 'Waugh', 'Melville', 'Tolkien']],
  ['$..price', [8.95, 12.99, 8.99, 22.99, 19.95]],
  ['$.store..price', [8.95, 12.99, 8.99, 22.99, 19.95]],
  ['$..book[2].title', ['Moby Dick']],
  ['$..deepest', ['bottom']],
  ['$..nothing', []],
  ['$.store.book[?(@.price < 10)].title', ['Sayings', 'Moby Dick']],
  ['$.store.book[?(@.price <= 8.99)].title', ['Sayings', 'Moby Dick']],
  ['$.store.book[?(@.isbn)].title', ['Moby Dick', 'Rings']],
  ['$.store.book[?(!@.isbn)].title', ['Sayings', 'Sword']],
  ["$.store.book[?(@.category == 'fiction' && @.price > 20)].title", ['Rings']],
  ["$.store.book[?(@.category == 'reference' || @.price > 20)].title", ['Sayings', 'Rings']],
  ["$.store.book[?(@.author != 'Rees')].author", ['Waugh', 'Melville', 'Tolkien']],
  ['$.store.book[?(@.author =~ /m.*/i)].author', ['Melville']],
  ["$.store.book[?(@.author in ['Rees', 'Tolkien'])].title", ['Sayings', 'Rings']],
  ["$.store.book[?(@.author nin ['Rees', 'Tolkien'])].title", ['Sword', 'Moby Dick']],
  ['$.store.book[?(@.price > $.store.bicycle.price)].title', ['Rings']],
  ["$.store.book[?(@.price == '8.95')].title", []],
  ['$.store.book[?((@.price < 9 || @.price > 20) && @.isbn)].title', ['Moby Dick', 'Rings']],
  ['$.store.book[(@.length-1)].title', 'Rings'],
  ['$.arr.length()', 5],
  ['$.store.book.length()', 4],
  ['$.store.book[*].price.length()', 4],
  ['$.arr.sum()', 150],
  ['$.arr.max()', 50],
  ['$.store.bicycle.keys()', ['color', 'price']],
  ["$['a b','tags']", { 'a b': 'spaced', tags: ['x', 'y'] }],
  ["$.store.book[0]['title','price']", { title: 'Sayings', price: 8.95 }],
  ["$.store.book[*]['title','nope']", [{ title: 'Sayings' }, { title: 'Sword' }, { title: 'Moby Dick' }, { title: 'Rings' }]],
  ['$$', { Execution: { Id: 'arn:exec', Input: { k: 1 } }, State: { Name: 'S' }, Map: { Item: { Index: 2 } } }],
  ['$$.Execution.Id', 'arn:exec'],
  ['$$.Execution.Input.k', 1],
  ['$$.Map.Item.Index', 2],
  ['$$.Execution.Nope', NOT_FOUND],
  ['$myVar', { a: [7, 8] }],
  ['$myVar.a[0]', 7],
  ['$myVar.a[*]', [7, 8]],
  ['$count', 3],
  ['$_under', 'u'],
  ['$v2[?(@.n > 1)].n', [2]],
  ['$unknownVar', NOT_FOUND],
  ['$unknownVar[*]', NOT_FOUND],
  ['  $.arr[0]  ', 10],
];

describe('compilePath', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(compilePath(text)(store, ctx)).toEqual(expected);
  });

  it.each([
    ['$.a.b', false],
    ['$.a[0]', false],
    ["$['a','b']", false],
    ['$.a.length()', false],
    ['$.a[*]', true],
    ['$..a', true],
    ['$.a[0,1]', true],
    ['$.a[1:]', true],
    ['$.a[?(@.x)]', true],
    ["$['a','b'].c", true],
  ])('%s is indefinite: %s', (text, indefinite) => {
    expect(compilePath(text).indefinite).toBe(indefinite);
  });

  it('keeps the compiled text for messages', () => {
    expect(compilePath('$.a').text).toBe('$.a');
  });

  it('returns the selected node itself, not a copy', () => {
    expect(compilePath('$.store.bicycle')(store, ctx)).toBe((store.store as JsonObject).bicycle);
  });

  it('reads a key written with a backslash literally, as AWS does', () => {
    // Recorded on AWS: $['Test\""Name"'] reads the key Test\""Name"
    const input = { 'Test\\""Name"': 'Value' };
    expect(compilePath(`$['Test\\""Name"']`)(input, ctx)).toBe('Value');
    expect(compilePath("$['it\\'s']")(store, ctx)).toBe('quoted');
  });

  it('reads an own __proto__ key without reaching the prototype', () => {
    const input = JSON.parse('{"__proto__": {"x": 1}}') as JsonValue;
    expect(compilePath('$.__proto__.x')(input, ctx)).toBe(1);
    expect(compilePath('$.__proto__')({}, ctx)).toBe(NOT_FOUND);
  });

  it('evaluates a compiled path a million times without parsing again', () => {
    // Timings live in the report, not here: this only shows that evaluation is a plain call.
    const path = compilePath('$.a.b');
    const input = { a: { b: 1 } };
    let sum = 0;
    for (let i = 0; i < 1_000_000; i++) sum += path(input, ctx) as number;
    expect(sum).toBe(1_000_000);
  });
});
