import * as z from 'zod'
import { DEVICE_ROLES } from '../domain/device.js'
import { LIFECYCLE_CLASSES, lifecycleClassNamed, lifecycleOf } from '../domain/lifecycle.js'
import { EARTH_RADIUS_KM } from '../topology/algorithms/haversine.js'
import { MATCH_MODES, PURPOSES } from './policy.js'

// The one schema of the policy file as written. Each leaf's `error` is the "expected" half of the
// diagnostic a wrong value gets; `describe` feeds the JSON Schema for editors.

const slug = z.string({ error: 'a lowercase slug (a-z, 0-9, -)' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'a lowercase slug (a-z, 0-9, -)' })
const date = z.iso.date({ error: 'a real calendar date as YYYY-MM-DD' })
const text = z.string({ error: 'a text' }).min(1, { error: 'a non-empty text' })
const texts = z.array(text, { error: 'a list of texts' }).min(1, { error: 'at least one entry' })

/** Half the great-circle circumference at the Earth radius of the geofences (6371 km): the farthest two places can be. */
const MAX_KM = Math.floor(Math.PI * EARTH_RADIUS_KM)

const effect = z.union([
  z.literal('prohibit'),
  z.literal('flag'),
  z.strictObject({ 'remove-by': date.describe('Date by which the device must be gone.') }),
], { error: 'prohibit, flag or {remove-by: YYYY-MM-DD}' })
  .describe('What the rule demands: prohibit (error), flag (note) or {remove-by: date} (warning until the date, error after).')

const scope = z.strictObject({
  roles: z.array(z.enum(DEVICE_ROLES, { error: `one of ${DEVICE_ROLES.join(', ')}` }), { error: 'a list of device roles' })
    .min(1, { error: 'at least one role' }).optional().describe('Device roles the rule applies to.'),
  networks: texts.optional().describe('Operator networks the rule applies to.'),
  sites: texts.optional().describe('Site ids the rule applies to.'),
  near: z.strictObject({
    kind: text.describe('Kind of the sites at the centre of the zone (military-base, embassy, ...).'),
    km: z.number({ error: 'a distance in km' }).positive({ error: 'a distance in km greater than 0' })
      .max(MAX_KM, { error: `a distance in km up to ${MAX_KM} (half the Earth's circumference: farther covers every place)` })
      .describe('Radius in km.'),
  }, { error: '{kind: <site kind>, km: <radius>}' }).optional().describe('A zone around every site of a kind.'),
  status: z.array(z.enum(LIFECYCLE_CLASSES, { error: lifecycleExpected }), { error: 'a list of lifecycle classes' })
    .min(1, { error: 'at least one lifecycle class' }).optional()
    .describe(`Classes of the lifecycle status the inventory records (${LIFECYCLE_CLASSES.join(', ')}); a device without a status is in-service.`),
  acquired: z.strictObject({
    from: date.optional().describe('First day (inclusive): devices bought or installed on or after it.'),
    until: date.optional().describe('Last day (inclusive): devices bought or installed on or before it.'),
  }, { error: '{from: YYYY-MM-DD, until: YYYY-MM-DD}, either or both' })
    // At least one bound: the parser's `acquired-period` check says so in words, the JSON Schema for editors by this.
    .meta({ minProperties: 1 }).optional()
    .describe('When the device was bought or installed (the inventory\'s purchased date): a ban on new installations from a date, a program for equipment obtained by one.'),
}, { error: 'a map with roles, networks, sites, near, status or acquired' }).describe('Where the rule applies; every condition given must hold.')

/**
 * What a scope's `status` takes: a class, which a status an inventory records (NetBox's "active",
 * ServiceNow's "Retired") is told to be read as.
 */
function lifecycleExpected(issue: { input?: unknown }): string {
  const classes = `one of ${LIFECYCLE_CLASSES.join(', ')}`
  // A class in another case or spelling is told how to write it (the suggestion), not read as a status.
  if (typeof issue.input !== 'string' || issue.input.trim() === '' || lifecycleClassNamed(issue.input) !== undefined) return classes
  return `${classes}, the classes of the statuses inventories record (for devices recorded as ${JSON.stringify(issue.input)}, write ${lifecycleOf(issue.input)})`
}

const rule = z.strictObject({
  id: slug.describe('Stable rule id, used in findings and exemptions.'),
  description: text.optional(),
  lists: z.array(text, { error: 'a list of vendor list ids' }).min(1, { error: 'at least one vendor list' })
    .describe('Vendor lists whose manufacturer groups the rule targets.'),
  match: z.enum(MATCH_MODES, { error: `one of ${MATCH_MODES.join(', ')}` }).optional()
    .describe('manufacturer (default): the device is made by a listed group; components: it contains parts of one.'),
  scope: scope.optional(),
  effect,
  effective: date.optional()
    .describe('For a prohibit rule: the date from which it applies, the deadline of its findings; overrides the policy\'s effective date.'),
  severity: z.enum(['error', 'warning', 'note'], { error: 'one of error, warning, note' }).optional()
    .describe('Overrides the severity the effect implies.'),
  purposes: z.array(z.enum(PURPOSES, { error: `one of ${PURPOSES.join(', ')}` }), { error: 'a list of purposes' }).optional()
    .describe('Purposes the devices in scope serve; establishes purpose-limited list entries.'),
}, { error: 'a rule: {id, lists, effect, ...}' })

const site = z.strictObject({
  id: text,
  name: text.optional(),
  kind: text.optional(),
  lat: z.number({ error: 'a latitude in degrees' }).min(-90, { error: 'a latitude from -90 to 90' }).max(90, { error: 'a latitude from -90 to 90' }).optional(),
  lon: z.number({ error: 'a longitude in degrees' }).min(-180, { error: 'a longitude from -180 to 180' }).max(180, { error: 'a longitude from -180 to 180' }).optional(),
  country: text.optional(),
  network: text.optional(),
}, { error: 'a site: {id, name, kind, lat, lon}' })
  // lat and lon go together: the parser's `site-lat-with-lon` check says so in words, the JSON Schema for editors by this.
  .meta({ dependentRequired: { lat: ['lon'], lon: ['lat'] } })

/** A device, site or network id of an exemption: one text; a list is told to become one exemption each. */
const exemptionTarget = (what: string) => z.string({ error: (issue) => (Array.isArray(issue.input) ? `one ${what} id (write one exemption per ${what})` : `a ${what} id`) })
  .min(1, { error: 'a non-empty text' })

const exemption = z.strictObject({
  device: exemptionTarget('device').optional().describe('Device id.'),
  site: exemptionTarget('site').optional().describe('Site id: every device at the site (the inventory\'s site).'),
  network: exemptionTarget('network').optional().describe('Network id: every device of the operator network (the inventory\'s network).'),
  rule: text.optional().describe('Rule id.'),
  until: date.describe('Last day the exemption applies.'),
  reason: text.describe('Why the exemption was granted.'),
}, { error: 'an exemption: {device, site or network, rule, until, reason}' })
  // A device, a site, a network, a rule, or one of the first three with a rule: the parser's
  // `exemption-has-target` and `exemption-one-target` checks say so in words, the JSON Schema for editors by this.
  .meta({
    anyOf: [{ required: ['device'] }, { required: ['site'] }, { required: ['network'] }, { required: ['rule'] }],
    not: { anyOf: [{ required: ['device', 'site'] }, { required: ['device', 'network'] }, { required: ['site', 'network'] }] },
  })

/** The schema of a policy file as written (YAML keys, before built-in lists are merged). */
export const POLICY_SCHEMA = z.strictObject({
  // An editor finds the schema of a JSON file by its "$schema" key (VS Code's JSON support reads it).
  $schema: z.string({ error: 'the path or URL of the policy\'s JSON Schema' }).optional()
    .describe('The JSON Schema this file is written to, for editors (policy.schema.json); trustpath reads nothing from it.'),
  version: z.literal(1, { error: 'the number 1' }).describe('Format version; always 1.'),
  effective: date.optional().describe('Date from which prohibit rules apply; the deadline of their findings.'),
  lists: z.record(slug, z.array(slug, { error: 'a list of manufacturer slugs' }).min(1, { error: 'at least one manufacturer' }), { error: 'a map of list id to manufacturer slugs' })
    .optional().describe('User vendor lists: id → manufacturer group slugs.'),
  sites: z.array(site, { error: 'a list of sites' }).optional().describe('Places for geofences.'),
  rules: z.array(rule, { error: 'a list of rules' }).min(1, { error: 'at least one rule' }),
  exemptions: z.array(exemption, { error: 'a list of exemptions' }).optional(),
}, { error: 'a map with version, lists, sites, rules and exemptions' })

/** A policy as written in the YAML file. */
export type WrittenPolicy = z.infer<typeof POLICY_SCHEMA>
