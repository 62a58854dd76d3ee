// Whether a lane named in another tool (a BPMN pool, a draw.io swimlane, a spreadsheet's unit
// column, a Visio swimlane) is the customer's: the method draws the customer's own lane first and
// counts its steps apart, so every importer asks the same question with the same words.

/** Words Swedish and English process maps use for the people a service is for. */
export const CUSTOMER_NAME =
  /kund|invånare|medborgare|sökande|företagare|brukare|vårdnadshavare|customer|citizen|applicant|resident/i;

/**
 * The organisation's own desks for customers are units, not the customer: "Kundcenter",
 * "Kundtjänst", "Customer Service Representative" are lanes of people who serve.
 */
const SERVING_UNIT =
  /kund(center|centrum|tjänst|service|mottagning|support|ansvarig|handläggare)|(customer|citizen|resident)\s*(service|support|care|cent(er|re)|success|relations?|representative|experience|desk)|contact\s*cent(er|re)/i;

export function isCustomerName(name: string): boolean {
  return CUSTOMER_NAME.test(name) && !SERVING_UNIT.test(name);
}
