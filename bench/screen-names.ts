// Name tables and variant generators for the screening benchmark (bench/screen.ts).
// Hard negatives: common US given names and surnames (SSA/Census top lists, by memory of their
// well-known heads) and the given names and surnames Korean Americans commonly use.
import { KOREAN_SYLLABLE_VARIANTS } from '../src/screen/names/korean-variants.js';

export const FIRST = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara',
  'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Christopher', 'Karen', 'Charles', 'Lisa', 'Daniel', 'Nancy',
  'Matthew', 'Betty', 'Anthony', 'Sandra', 'Mark', 'Margaret', 'Donald', 'Ashley', 'Steven', 'Kimberly', 'Andrew', 'Emily',
  'Paul', 'Donna', 'Joshua', 'Michelle', 'Kenneth', 'Carol', 'Kevin', 'Amanda', 'Brian', 'Melissa', 'Timothy', 'Deborah',
  'Ronald', 'Stephanie', 'George', 'Rebecca', 'Jason', 'Sharon', 'Edward', 'Laura', 'Jeffrey', 'Cynthia', 'Ryan', 'Dorothy',
  'Jacob', 'Amy', 'Nicholas', 'Kathleen', 'Gary', 'Angela', 'Eric', 'Shirley', 'Jonathan', 'Emma', 'Stephen', 'Brenda',
  'Larry', 'Pamela', 'Justin', 'Nicole', 'Scott', 'Anna', 'Brandon', 'Samantha', 'Benjamin', 'Katherine', 'Samuel', 'Christine',
  'Gregory', 'Debra', 'Alexander', 'Rachel', 'Patrick', 'Carolyn', 'Frank', 'Janet', 'Raymond', 'Maria', 'Jack', 'Olivia',
  'Dennis', 'Heather', 'Jerry', 'Helen', 'Tyler', 'Catherine', 'Aaron', 'Diane', 'Jose', 'Julie', 'Adam', 'Victoria',
  'Nathan', 'Joyce', 'Henry', 'Lauren', 'Zachary', 'Kelly', 'Douglas', 'Christina', 'Peter', 'Ruth', 'Kyle', 'Joan',
  'Noah', 'Virginia', 'Ethan', 'Judith', 'Jeremy', 'Evelyn', 'Christian', 'Hannah', 'Walter', 'Andrea', 'Keith', 'Megan',
  'Austin', 'Cheryl', 'Roger', 'Jacqueline', 'Terry', 'Madison', 'Sean', 'Teresa', 'Gerald', 'Abigail', 'Carl', 'Sophia',
  'Dylan', 'Martha', 'Harold', 'Sara', 'Jordan', 'Gloria', 'Jesse', 'Janice', 'Bryan', 'Kathryn', 'Lawrence', 'Ann',
  'Arthur', 'Isabella', 'Gabriel', 'Judy', 'Bruce', 'Charlotte', 'Logan', 'Julia', 'Billy', 'Grace', 'Joe', 'Amber',
  'Alan', 'Alice', 'Juan', 'Jean', 'Elijah', 'Denise', 'Willie', 'Frances', 'Albert', 'Danielle', 'Wayne', 'Marilyn',
  'Randy', 'Natalie', 'Mason', 'Beverly', 'Vincent', 'Diana', 'Liam', 'Brittany', 'Roy', 'Theresa', 'Bobby', 'Kayla',
  'Caleb', 'Alexis', 'Bradley', 'Doris', 'Russell', 'Lori', 'Lucas', 'Tiffany',
];

export const LAST = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez',
  'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson',
  'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright',
  'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell',
  'Mitchell', 'Carter', 'Roberts', 'Gomez', 'Phillips', 'Evans', 'Turner', 'Diaz', 'Parker', 'Cruz', 'Edwards', 'Collins',
  'Reyes', 'Stewart', 'Morris', 'Morales', 'Murphy', 'Cook', 'Rogers', 'Gutierrez', 'Ortiz', 'Morgan', 'Cooper', 'Peterson',
  'Bailey', 'Reed', 'Kelly', 'Howard', 'Ramos', 'Kim', 'Cox', 'Ward', 'Richardson', 'Watson', 'Brooks', 'Chavez', 'Wood',
  'James', 'Bennett', 'Gray', 'Mendoza', 'Ruiz', 'Hughes', 'Price', 'Alvarez', 'Castillo', 'Sanders', 'Patel', 'Myers',
  'Long', 'Ross', 'Foster', 'Jimenez', 'Powell', 'Jenkins', 'Perry', 'Russell', 'Sullivan', 'Bell', 'Coleman', 'Butler',
  'Henderson', 'Barnes', 'Gonzales', 'Fisher', 'Vasquez', 'Simmons', 'Romero', 'Jordan', 'Patterson', 'Alexander',
  'Hamilton', 'Graham', 'Reynolds', 'Griffin', 'Wallace', 'Moreno', 'West', 'Cole', 'Hayes', 'Bryant', 'Herrera', 'Gibson',
  'Ellis', 'Tran', 'Medina', 'Aguilar', 'Stevens', 'Murray', 'Ford', 'Castro', 'Marshall', 'Owens', 'Harrison', 'Fernandez',
  'Mcdonald', 'Woods', 'Washington', 'Kennedy', 'Wells', 'Vargas', 'Henry', 'Chen', 'Freeman', 'Webb', 'Tucker', 'Guzman',
  'Burns', 'Crawford', 'Olson', 'Simpson', 'Porter', 'Hunter', 'Gordon', 'Mendez', 'Silva', 'Shaw', 'Snyder', 'Mason',
];

/** Surnames and given names in the spellings Korean Americans commonly use. */
export const KOREAN_LAST = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin', 'Seo', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo', 'Hong', 'Jeon', 'Ko', 'Moon', 'Yang', 'Son', 'Bae', 'Baek', 'Nam', 'Shim', 'Noh', 'Ha'];
export const KOREAN_GIVEN = [
  'Ji-hoon', 'Min-jun', 'Seo-yeon', 'Hyun-woo', 'Eun-ji', 'Ji-woo', 'Do-yoon', 'Soo-ah', 'Ye-jin', 'Jae-won', 'Sung-min', 'Hye-jin',
  'Young-ho', 'Min-seo', 'Ha-eun', 'Joon-ho', 'Da-eun', 'Seung-hyun', 'Yu-na', 'Tae-yang', 'Ji-yeon', 'Kyung-soo', 'So-yeon', 'Dong-hyun',
  'Jin-woo', 'Mi-rae', 'Sang-woo', 'Hee-jin', 'Woo-jin', 'Na-young', 'Jae-hyun', 'Eun-seo', 'Chan-woo', 'Bo-ra', 'Hyun-jin', 'Ji-min',
];

/** Deterministic xorshift so runs compare. */
export function rng(seed = 0x9e3779b9): () => number {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const ROW_OF = new Map<string, readonly string[]>();
for (const row of KOREAN_SYLLABLE_VARIANTS) for (const s of row) if (!ROW_OF.has(s)) ROW_OF.set(s, row);

/** Words of a listed name, without the comma OFAC puts after the surname. */
export const words = (name: string): string[] => name.replace(/,/g, ' ').split(/\s+/).filter(Boolean);

/** Another spelling of one Korean syllable token, or undefined when no token has one. */
export function romanize(tokens: readonly string[], random: () => number): string[] | undefined {
  const options = tokens.map((t, i) => ({ i, row: ROW_OF.get(t.toLowerCase())?.filter((s) => s !== t.toLowerCase() && s.length > 1) })).filter((o) => o.row && o.row.length > 0);
  if (options.length === 0) return undefined;
  const out = [...tokens];
  for (const o of options) if (random() < 0.7 || o === options[0]) out[o.i] = pick(random, o.row!);
  return out;
}

/** One edit (substitute, delete, insert, transpose) inside a token of at least 5 letters. */
export function typo(tokens: readonly string[], random: () => number): string[] | undefined {
  const long = tokens.map((t, i) => ({ t, i })).filter((x) => x.t.length >= 5 && /^[a-z]+$/i.test(x.t));
  if (long.length === 0) return undefined;
  const { t, i } = pick(random, long);
  const at = 1 + Math.floor(random() * (t.length - 2));
  const letter = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]!;
  const kind = Math.floor(random() * 4);
  const edited = kind === 0 ? t.slice(0, at) + letter + t.slice(at + 1) : kind === 1 ? t.slice(0, at) + t.slice(at + 1) : kind === 2 ? t.slice(0, at) + letter + t.slice(at) : t.slice(0, at) + t[at + 1]! + t[at]! + t.slice(at + 2);
  const out = [...tokens];
  out[i] = edited;
  return out;
}
