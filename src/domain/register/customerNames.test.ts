import { describe, expect, it } from 'vitest';
import { isCustomerName } from './customerNames';

describe('isCustomerName', () => {
  it('knows the customer in Swedish and English', () => {
    for (const name of ['Kund', 'Invånare', 'Medborgare', 'Sökande', 'Customer', 'Citizen'])
      expect(isCustomerName(name), name).toBe(true);
    expect(isCustomerName('Privatkund')).toBe(true);
  });

  it('does not take the desks that serve customers for the customer', () => {
    for (const name of [
      'Kundcenter',
      'Kundtjänst',
      'Customer Service Representative',
      'Customer Support',
      'Citizen Service Centre',
      'Contact center',
    ])
      expect(isCustomerName(name), name).toBe(false);
  });

  it('leaves other units alone', () => {
    expect(isCustomerName('Socialförvaltningen')).toBe(false);
    expect(isCustomerName('Manager')).toBe(false);
  });
});
