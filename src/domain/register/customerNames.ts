// Whether a lane named in another tool (a BPMN pool, a draw.io swimlane, a spreadsheet's unit
// column, a Visio swimlane) is the customer's: the method draws the customer's own lane first and
// counts its steps apart, so every importer asks the same question with the same words.

/** Words Swedish and English process maps use for the people a service is for. */
export const CUSTOMER_NAME =
  /kund|invånare|medborgare|sökande|företagare|brukare|vårdnadshavare|customer|citizen|applicant|resident/i;

export function isCustomerName(name: string): boolean {
  return CUSTOMER_NAME.test(name);
}
