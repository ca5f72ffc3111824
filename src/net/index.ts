/**
 * Public API of outbound requests: every HTTP request the platform makes on its own goes through
 * `safeFetch` under an `OutboundPolicy` built from the configuration.
 */
export {
  type AddressRange,
  classifyAddress,
  classifyIp,
  embeddedIpv4,
  formatIp,
  IPV4_SPECIAL_RANGES,
  IPV6_SPECIAL_RANGES,
  type Ip,
  parseIp,
} from './address.ts';
export {
  type AllowEntry,
  defaultPortAllowed,
  formatAllowEntry,
  isLocalOnlyName,
  isOutboundFailure,
  OUTBOUND_FAILURES,
  type OutboundFailure,
  type OutboundPolicy,
  type OutboundSettings,
  outboundPolicy,
  parseAllowList,
  type ResolvedAddress,
  type Resolver,
  refusalOfUrl,
} from './policy.ts';
export {
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
  reasonPhrase,
  type SafeRequest,
  type SafeResponse,
  safeFetch,
} from './safe-fetch.ts';
