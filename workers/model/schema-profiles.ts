/**
 * Technology profiles: one per vendor proposal and medium. Defaults come from
 * the preset files in datasets/profiles (sourced in DOMAIN-PARAMETERS.md); the
 * schema only checks that values are well-formed. Regulatory checks (e.g. ARIB
 * power) are the planner's job, so a vendor's claim can be loaded and flagged.
 */
import { z } from 'zod';
import { PLC_BANDS, STAR_TECHNOLOGIES } from './enums';
import { finite, id } from './schema-geo';

const positive = () => finite().refine((v) => v > 0, { message: 'must be > 0' });
const nonNegative = () => finite().refine((v) => v >= 0, { message: 'must be ≥ 0' });
const dbm = () => finite().refine((v) => v >= -200 && v <= 80, { message: 'must be within −200…80 dBm' });

const common = {
  id: id(),
  name: z.string().min(1).max(200),
  vendor: z.string().max(200).default('generic'),
  /** Read payload including protocol overhead, bytes. */
  payloadBytes: z.int().min(1).max(65535).default(60),
  /** Free-text provenance of the values (preset file, proposal document). */
  source: z.string().max(2000).optional(),
};

/** One PHY mode: data rate and the receiver sensitivity that goes with it. */
export const dataRateSchema = z.strictObject({ rateKbps: positive(), sensitivityDbm: dbm() });

/** RF mesh (Wi-SUN FAN / IEEE 802.15.4g, ARIB STD-T108). */
export const meshProfileSchema = z.strictObject({
  ...common,
  medium: z.literal('mesh'),
  freqMHz: positive(),
  txPowerDbm: dbm(),
  antennaGainDbi: finite().default(0),
  cableLossDb: nonNegative().default(0),
  collectorAntennaGainDbi: finite().default(2),
  collectorHeightM: nonNegative().default(10),
  dataRates: z.array(dataRateSchema).min(1),
  maxRangeM: positive(),
  maxNeighbours: z.int().min(1).max(256).default(16),
  hopLimit: z.int().min(1).max(64),
  maxBackupParents: z.int().min(0).max(4).default(2),
  maxNodesPerCollector: z.int().min(1),
  macRetries: z.int().min(0).max(15).default(3),
});

/** Wireless star: private 1:N radio, LTE-M, NB-IoT or LoRaWAN. */
export const starProfileSchema = z.strictObject({
  ...common,
  medium: z.literal('star'),
  technology: z.enum(STAR_TECHNOLOGIES),
  freqMHz: positive(),
  /** Meter (uplink) transmit power. */
  txPowerDbm: dbm(),
  antennaGainDbi: finite().default(0),
  cableLossDb: nonNegative().default(0),
  siteHeightM: positive().default(30),
  siteAntennaGainDbi: finite().default(15),
  /** Base-station receiver sensitivity (private radio, LoRa gateway at the robust rate). */
  sensitivityDbm: dbm().optional(),
  /** Maximum coupling loss (cellular), dB. */
  mclDb: positive().optional(),
  /** Inter-site distance of the assumed hexagonal network when the site list is unknown. */
  interSiteDistanceM: positive().optional(),
  maxDevicesPerSite: z.int().min(1).optional(),
});

/** PLC (G3-PLC / PRIME / IEEE 1901.2). */
export const plcProfileSchema = z.strictObject({
  ...common,
  medium: z.literal('plc'),
  band: z.enum(PLC_BANDS),
  /** Transmit level in dBµV (G3 CENELEC-A limit ~ 134 dBµV is typical). */
  txLevelDbuv: finite(),
  couplingLossDb: nonNegative().default(0),
  hopLimit: z.int().min(1).max(64),
  maxNodesPerCollector: z.int().min(1),
  macRetries: z.int().min(0).max(15).default(3),
  /** Whether signals couple across transformers (normally isolated). */
  crossTransformerCoupling: z.boolean().default(false),
});

export const technologyProfileSchema = z.discriminatedUnion('medium', [meshProfileSchema, starProfileSchema, plcProfileSchema]);
