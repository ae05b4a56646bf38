/**
 * 平均每辆多少: a vehicle cost divided by the vehicles held. A 三公 statement often says both (运行维护费
 * 40.61 万元 … 年末实际保有量 15 辆, 平均每辆 2.71 万元); the quotient is worked out from the two stated
 * figures, and said to be worked out, so that a disclosure that states only the parts is answered the same.
 */
import type { ConceptKey } from '../schema/concept.js';
import type { AssetRow, FactBase } from '../schema/fact.js';
import type { Frame } from '../intent/frame.js';
import { answer, cite, num, wan, type Answer } from './answer.js';
import { conceptName, findAmount } from './amounts.js';

/** The running cost is what a fleet's average is of; the cost with purchases stands in where no other is given. */
const COSTS: ConceptKey[] = ['sangong.vehicleOperation', 'sangong.vehicle'];

export function answerPerVehicle(facts: FactBase, concept: ConceptKey, frame: Frame): Answer | undefined {
  const asked = concept === 'sangong.vehiclePurchase' ? [concept] : COSTS;
  const cost = asked.map((c) => findAmount(facts, c)).find((a) => a !== undefined);
  const vehicles = facts.counts.find((c) => c.concept === 'assets.vehicleCount' && c.value > 0);
  if (!cost || !vehicles) return undefined;
  const each = cost.value / vehicles.value;
  const name = conceptName(cost.concept, frame);
  const body = frame.english
    ? `${name} per vehicle: ${wan(Number(each.toFixed(2)), true)} (worked out: ${num(cost.value)} ÷ ${num(vehicles.value)} vehicles). ${name} is ${wan(cost.value, true)}; vehicles: ${num(vehicles.value)}.`
    : `平均每辆${name}：${wan(Number(each.toFixed(2)))}（由披露数字计算：${num(cost.value)} 万元 ÷ ${num(vehicles.value)} ${vehicles.unit}）。${name} ${wan(cost.value)}，${vehicles.label.replace(/\(.*\)$/, '')} ${num(vehicles.value)} ${vehicles.unit}。`;
  return answer('computed', body, frame.english, cite(cost.source, vehicles.source));
}

/** 车辆账面价值多少，平均一辆多少: the vehicles' value in the asset table over how many they are. */
export function answerValuePerVehicle(row: AssetRow, frame: Frame): Answer | undefined {
  if (!row.quantity || row.value === null) return undefined;
  const each = row.value / row.quantity;
  const name = row.name.replace(/\(.*\)$/, '');
  const body = frame.english
    ? `Value per vehicle: ${wan(Number(each.toFixed(2)), true)} (worked out: ${num(row.value)} 万元 ÷ ${num(row.quantity)}).`
    : `平均每辆${name}价值：${wan(Number(each.toFixed(2)))}（由披露数字计算：${name}价值 ${num(row.value)} 万元 ÷ ${num(row.quantity)} 辆）。`;
  return answer('computed', body, frame.english, cite(row.source));
}
