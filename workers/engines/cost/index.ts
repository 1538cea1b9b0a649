/** Cost engine: prices per profile, NPV convention, CAPEX/OPEX/TCO of a layout. */
export { annuityFactor, discountFactor, npv, npvConstant } from './npv';
export { costPresetSchema, defaultCostPreset, exchangeRate, pricesFor, profilePricesSchema, scalePrices, type CostPreset, type ProfilePrices } from './prices';
export { addCosts, layoutCost, type CostAssumptionsResolved, type LayoutCost, type LayoutCostInput } from './tco';
