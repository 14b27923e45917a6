import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import type { Ok } from './types.js';

export type AppDetail = Ok<'getApp'>;
export type MyApp = Ok<'listMyApps'>['items'][number];

export const myAppsQuery = queryOptions({
  queryKey: ['apps'],
  queryFn: () => unwrap(api.GET('/api/apps')),
});

export const appQuery = (app: string) =>
  queryOptions({
    queryKey: ['apps', app],
    queryFn: () => unwrap(api.GET('/api/apps/{app}', { params: { path: { app } } })),
  });

export type RegisterForm = Ok<'getRegisterForm'>;

/** The app's register form, with each field's type; user managers read it whether registration is open or not. */
export const registerFormQuery = (app: string) =>
  queryOptions({
    queryKey: ['apps', app, 'register-form'],
    queryFn: () => unwrap(api.GET('/api/apps/{app}/register-form', { params: { path: { app } } })),
  });
