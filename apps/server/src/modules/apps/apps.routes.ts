import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import type { Accounts } from '../accounts/accounts-module.js';
import { appUsersRoutes } from './app-users.routes.js';
import { applicationRoutes } from './applications.routes.js';
import { attributesRoutes } from './attributes.routes.js';
import { permissionsRoutes } from './permissions.routes.js';
import { registrationRoutes } from './registration.routes.js';
import { rightsRoutes } from './rights.routes.js';
import { rolesRoutes } from './roles.routes.js';

/** The platform plane of applications: apps, rights, roles, attributes, app users, registration. */
export function appsRoutes(ctx: AppContext, accounts: Accounts): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(applicationRoutes(ctx));
    await app.register(rightsRoutes(ctx));
    await app.register(rolesRoutes(ctx));
    await app.register(attributesRoutes(ctx));
    await app.register(appUsersRoutes(ctx, accounts));
    await app.register(permissionsRoutes(ctx));
    await app.register(registrationRoutes(ctx, accounts));
  };
}
