import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { api, call, selectOrg } from '../api/client';
import type { paths } from '../api/schema';

export type Me = paths['/v1/me']['get']['responses'][200]['content']['application/json'];
type LoginResult = paths['/v1/auth/login']['post']['responses'][200]['content']['application/json'];

const SESSION_KEY = 'ipp.session';

export interface SessionInfo {
  expiresAt: string;
  idleTimeoutSeconds: number;
  memberships: LoginResult['memberships'];
  name: string;
}

export function sessionInfo(): SessionInfo | null {
  const raw = localStorage.getItem(SESSION_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as SessionInfo;
  } catch {
    return null;
  }
}

export async function login(email: string, password: string): Promise<LoginResult> {
  const result = await call(api.POST('/v1/auth/login', { body: { email, password } }));
  const info: SessionInfo = {
    expiresAt: result.expiresAt,
    idleTimeoutSeconds: result.idleTimeoutSeconds,
    memberships: result.memberships,
    name: result.user.name,
  };
  localStorage.setItem(SESSION_KEY, JSON.stringify(info));
  selectOrg(result.memberships[0]?.orgId ?? null);
  return result;
}

export async function logout(): Promise<void> {
  try {
    await api.POST('/v1/auth/logout');
  } finally {
    localStorage.removeItem(SESSION_KEY);
    selectOrg(null);
  }
}

export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: () => call(api.GET('/v1/me')),
    retry: false,
    staleTime: 60_000,
  });
}

/**
 * When the session ends, as the API says (`/v1/me` → `session.endsAt`: the hard expiry, or the
 * idle timeout after the last request). Each navigation asks again (it is activity); at the end
 * the portal asks once more, and if the session is over that 401 sends the person to login and,
 * after it, back to this page (see UnauthenticatedRedirect in App.tsx).
 */
export function useSessionEnd(): Date | null {
  const me = useMe();
  const client = useQueryClient();
  const location = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: each navigation is activity
  useEffect(() => {
    void client.invalidateQueries({ queryKey: ['me'], exact: true });
  }, [location.pathname, client]);
  const endsAt = me.data?.session?.endsAt;
  useEffect(() => {
    if (!endsAt) return;
    const wait = Math.max(0, Date.parse(endsAt) - Date.now()) + 1000;
    const timer = window.setTimeout(
      () => void client.invalidateQueries({ queryKey: ['me'], exact: true }),
      Math.min(wait, 2_147_000_000),
    );
    return () => window.clearTimeout(timer);
  }, [endsAt, client]);
  return endsAt ? new Date(endsAt) : null;
}

export function useRefreshMe() {
  const client = useQueryClient();
  return () => client.invalidateQueries();
}

export type Area = 'brand' | 'reviewer' | 'seller' | 'admin' | 'liaison' | 'buyer';

/** Which parts of the portal a caller sees; the API still decides every request. */
export function areasOf(me: Me | undefined): Set<Area> {
  const areas = new Set<Area>();
  if (!me) return areas;
  const roles = new Set(me.roles);
  const kind = me.organisation?.kind;
  if (roles.has('rights_holder') || roles.has('agent') || kind === 'brand' || kind === 'agent')
    areas.add('brand');
  if (roles.has('reviewer') || (kind === 'operator' && roles.has('admin'))) areas.add('reviewer');
  if (roles.has('seller') || kind === 'seller') areas.add('seller');
  if (kind === 'operator' && roles.has('admin')) areas.add('admin');
  if (kind === 'operator' && roles.has('enforcement_liaison')) areas.add('liaison');
  if (roles.has('buyer') || kind === 'buyer') areas.add('buyer');
  return areas;
}

export function homeOf(me: Me | undefined): string {
  const areas = areasOf(me);
  if (areas.has('admin')) return '/admin/organisations';
  if (areas.has('reviewer')) return '/review';
  if (areas.has('seller')) return '/seller';
  if (areas.has('liaison')) return '/referrals';
  if (me?.roles.includes('inspector')) return '/notifications';
  if (areas.has('buyer')) return '/buyer/complaints';
  return '/dashboard';
}
