import type { Faker } from '@faker-js/faker';
import { ESTATES, STREETS } from './content/places';
import { OCCUPATIONS, SURNAMES } from './content/people';
import { Rng, Weighted } from './prng';

/**
 * Values built once and then picked by index in the hot loops: faker's name helpers cost
 * microseconds per call, a pick from a pool a few nanoseconds.
 */
export interface Pools {
  femaleNames: string[];
  maleNames: string[];
  occupations: Weighted<string>;
  name(rng: Rng, gender: 'female' | 'male'): string;
  /** An 11-digit mainland mobile number starting 13x, 15x or 18x. */
  mobile(rng: Rng): string;
  address(rng: Rng, city: string, districts: readonly string[]): string;
}

const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
];

function buildNames(faker: Faker, rng: Rng, gender: 'female' | 'male', size: number): string[] {
  const surnames = new Weighted(SURNAMES);
  // faker's zh_CN firstName(sex) mixes in unisex "generic" names; take the gendered list itself.
  const names = faker.definitions.person.first_name[gender] ?? [];
  const given: string[] = [];
  for (let i = 0; i < 400; i++) given.push(faker.helpers.arrayElement(names));
  const out: string[] = [];
  for (let i = 0; i < size; i++) out.push(surnames.pick(rng) + rng.pick(given));
  return out;
}

export function createPools(faker: Faker, rng: Rng): Pools {
  const femaleNames = buildNames(faker, rng.fork('female'), 'female', 4096);
  const maleNames = buildNames(faker, rng.fork('male'), 'male', 1024);
  return {
    femaleNames,
    maleNames,
    occupations: new Weighted(OCCUPATIONS),
    name(r, gender) {
      return r.pick(gender === 'female' ? femaleNames : maleNames);
    },
    mobile(r) {
      const rest = String(r.int(0, 99_999_999)).padStart(8, '0');
      return r.pick(MOBILE_PREFIXES) + rest;
    },
    address(r, city, districts) {
      const district = r.pick(districts);
      const street = r.pick(STREETS);
      const estate = r.pick(ESTATES);
      return `${city}市${district}${street}${r.int(1, 399)}号${estate}${r.int(1, 28)}栋${r.int(1, 4)}单元${r.int(1, 32)}0${r.int(1, 4)}室`;
    },
  };
}
