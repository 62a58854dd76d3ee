/**
 * Up to this many steps a flow is routed in the page: about 50 ms on a slow laptop, no longer
 * than a task may take without a user noticing. Larger flows are routed in a worker.
 */
export const ROUTE_IN_PAGE_STEPS = 150;
