// Generated from Charter's OpenAPI document by `npm run generate:api`. Do not edit.

export type paths = {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers and is migrated */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the platform still needs its owner */
        get: operations["getSetupStatus"];
        put?: never;
        /** Create the platform owner with the one-time setup token */
        post: operations["createPlatformOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The companies I belong to
         * @description **Who may call it:** Any signed-in account.
         */
        get: operations["listMyCompanies"];
        put?: never;
        /**
         * Create a company (you become its owner)
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        post: operations["createCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{company}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A company
         * @description **Who may call it:** Any member of the company.
         */
        get: operations["getCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the company name and properties
         * @description **Who may call it:** A member of the company holding company.info.manage.
         */
        patch: operations["updateCompany"];
        trace?: never;
    };
    "/api/companies/{company}/security": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Require two-factor authentication from every member
         * @description **Who may call it:** A member of the company holding company.users.manage. API keys are refused: a signed-in person must call it.
         */
        put: operations["setCompanySecurity"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{company}/billing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Billing details
         * @description **Who may call it:** A member of the company holding company.billing.manage.
         */
        get: operations["getCompanyBilling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change billing details
         * @description **Who may call it:** A member of the company holding company.billing.manage.
         */
        patch: operations["updateCompanyBilling"];
        trace?: never;
    };
    "/api/companies/{company}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Leave the company (the last owner cannot)
         * @description **Who may call it:** Any member of the company. API keys are refused: a signed-in person must call it.
         */
        post: operations["leaveCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company-rights/presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The member presets (Owner, Admin, Editor) and their company rights
         * @description **Who may call it:** Any signed-in account.
         */
        get: operations["listCompanyRightPresets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{company}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The members and their company rights, owners first, a page at a time
         * @description **Who may call it:** A member of the company holding company.users.manage.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{company}/members/{accountId}/rights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a member’s company rights (by list or preset)
         * @description **Who may call it:** A member of the company holding company.users.manage. API keys are refused: a signed-in person must call it.
         */
        put: operations["setMemberRights"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{company}/members/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description **Who may call it:** A member of the company holding company.users.manage. API keys are refused: a signed-in person must call it.
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{company}/members/{accountId}/ownership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Make a member an owner, or an owner a member (owners only; one owner always remains)
         * @description **Who may call it:** Any member of the company. API keys are refused: a signed-in person must call it.
         */
        put: operations["setMemberOwnership"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{company}/ownership/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand ownership to another member; you stay on as an admin (owners only)
         * @description **Who may call it:** Any member of the company. API keys are refused: a signed-in person must call it.
         */
        post: operations["transferOwnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{company}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The company’s invitations, newest first, a page at a time
         * @description **Who may call it:** A member of the company holding company.users.manage.
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite an email address with company rights (single-use link, valid 7 days)
         * @description **Who may call it:** A member of the company holding company.users.manage. API keys are refused: a signed-in person must call it.
         */
        post: operations["inviteMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{company}/invitations/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an invitation again with a fresh link
         * @description **Who may call it:** A member of the company holding company.users.manage. API keys are refused: a signed-in person must call it.
         */
        post: operations["resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{company}/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an invitation
         * @description **Who may call it:** A member of the company holding company.users.manage. API keys are refused: a signed-in person must call it.
         */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What an invitation is for, before accepting it */
        post: operations["previewInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation (a verified account with the invited address)
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{company}/identity-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The company’s identity providers
         * @description **Who may call it:** A member of the company holding company.users.manage.
         */
        get: operations["listIdentityProviders"];
        put?: never;
        /**
         * Add an OIDC identity provider (its discovery document is checked first)
         * @description **Who may call it:** A member of the company holding company.users.manage. API keys are refused: a signed-in person must call it.
         */
        post: operations["createIdentityProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{company}/identity-providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a provider
         * @description **Who may call it:** A member of the company holding company.users.manage. API keys are refused: a signed-in person must call it.
         */
        delete: operations["deleteIdentityProvider"];
        options?: never;
        head?: never;
        /**
         * Turn a provider on or off
         * @description **Who may call it:** A member of the company holding company.users.manage. API keys are refused: a signed-in person must call it.
         */
        patch: operations["updateIdentityProvider"];
        trace?: never;
    };
    "/api/companies/{company}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The company’s audit log, newest first
         * @description **Who may call it:** A member of the company holding company.users.manage.
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register an account with email and password */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Confirm an address, or approve or confirm an email change (a mailed link; works once) */
        get: operations["verifyEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the confirmation link again */
        post: operations["resendVerificationEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out (ends this session)
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in account
         * @description **Who may call it:** Any signed-in account.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change my profile (the name companies and apps show)
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/auth/password/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Judge a password against the policy, as it is typed
         * @description Answers the verdict that registering, resetting or changing to this password would give; an unacceptable password is a 200 with `ok: false`, not an error. The optional email, name and company name are the words an attacker targeting this person would try first.
         */
        post: operations["checkPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a password reset link */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password with the token from the reset link */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password (needs the current one)
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the email address (needs the password; the new address must be confirmed)
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        post: operations["changeEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My sessions
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        get: operations["listMySessions"];
        put?: never;
        post?: never;
        /**
         * End all my other sessions
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        delete: operations["endMyOtherSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End one of my sessions
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        delete: operations["endMySession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start TOTP enrolment: returns the otpauth URI and backup codes (shown once)
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        post: operations["startMfaEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish enrolment with a first code from the authenticator app
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        post: operations["confirmMfaEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Second sign-in step: a TOTP code or a backup code */
        post: operations["verifyMfaCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/backup-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the backup codes (shown once)
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        post: operations["regenerateBackupCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn two-factor authentication off
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        post: operations["disableMfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ways to sign in */
        get: operations["listSignInProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start signing in with an identity provider: returns the URL to send the browser to */
        post: operations["startProviderSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My API keys (never their secrets)
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        get: operations["listMyApiKeys"];
        put?: never;
        /**
         * Create an API key; the token is in this response only
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/api-keys/scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every scope a key can carry, and whether I may give it to one
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         *
         *     A key never holds more than its account: `grantable` is false for a scope the account holds nowhere, which creating a key with it would refuse (DELEGATION_CEILING).
         */
        get: operations["listApiKeyScopes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key (effective on its next use)
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts, by email
         * @description **Who may call it:** A platform owner or admin.
         */
        get: operations["listAccounts"];
        put?: never;
        /**
         * Create an account with a temporary password (shown once; changed at first sign-in)
         * @description **Who may call it:** A platform owner or admin. API keys are refused: a signed-in person must call it.
         */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend an account
         * @description **Who may call it:** A platform owner or admin. API keys are refused: a signed-in person must call it.
         */
        post: operations["suspendAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate an account
         * @description **Who may call it:** A platform owner or admin. API keys are refused: a signed-in person must call it.
         */
        post: operations["reactivateAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate an account
         * @description **Who may call it:** A platform owner or admin. API keys are refused: a signed-in person must call it.
         */
        post: operations["deactivateAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End every session of an account
         * @description **Who may call it:** A platform owner or admin. API keys are refused: a signed-in person must call it.
         */
        delete: operations["endAccountSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mail Charter sent or kept (with no SMTP server configured, this is where it goes)
         * @description **Who may call it:** A platform owner or admin.
         */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/apps/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An app by its end-user app's address (/a/:slug): what its sign-in screen shows */
        get: operations["getPublicApp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{company}/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The company's applications
         * @description **Who may call it:** A member of the company holding company.apps.manage.
         */
        get: operations["listCompanyApps"];
        put?: never;
        /**
         * Create an application with its default roles; the creator becomes its Team Admin
         * @description **Who may call it:** A member of the company holding company.apps.manage.
         */
        post: operations["createApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The applications the caller is an app user of, with their roles there
         * @description **Who may call it:** Any signed-in account.
         */
        get: operations["listMyApps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An application and the caller's standing in it
         * @description **Who may call it:** Any user of the application.
         */
        get: operations["getApp"];
        put?: never;
        post?: never;
        /**
         * Delete an application with its roles, rights, attributes and app users
         * @description **Who may call it:** A caller holding company.apps.manage in the application.
         */
        delete: operations["deleteApp"];
        options?: never;
        head?: never;
        /**
         * Rename an application, edit its description, open or close self-registration
         * @description **Who may call it:** A caller holding company.apps.manage in the application.
         */
        patch: operations["updateApp"];
        trace?: never;
    };
    "/api/rights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The backoffice rights catalogue
         * @description **Who may call it:** Any signed-in account.
         */
        get: operations["listRightsCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/rights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The application's custom rights
         * @description **Who may call it:** A caller holding company.users.manage or app.dataformats.read in the application.
         */
        get: operations["listCustomRights"];
        put?: never;
        /**
         * Define a custom right
         * @description **Who may call it:** A caller holding company.users.manage in the application.
         */
        post: operations["createCustomRight"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/rights/{right}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One custom right, with the roles that hold it and the rules that test it
         * @description **Who may call it:** A caller holding company.users.manage or app.dataformats.read in the application.
         */
        get: operations["getCustomRight"];
        put?: never;
        post?: never;
        /**
         * Delete a custom right; it is removed from every role and direct grant
         * @description **Who may call it:** A caller holding company.users.manage in the application.
         */
        delete: operations["deleteCustomRight"];
        options?: never;
        head?: never;
        /**
         * Rename or re-describe a custom right (its key is stable)
         * @description **Who may call it:** A caller holding company.users.manage in the application.
         */
        patch: operations["updateCustomRight"];
        trace?: never;
    };
    "/api/apps/{app}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The application's roles, with their effective rights and how many users hold each
         * @description **Who may call it:** A caller holding company.users.manage or app.dataformats.read in the application.
         */
        get: operations["listRoles"];
        put?: never;
        /**
         * Create a role (you can only hand out rights and flags you hold)
         * @description **Who may call it:** A caller holding company.users.manage in the application.
         */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/roles/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One role
         * @description **Who may call it:** A caller holding company.users.manage or app.dataformats.read in the application.
         */
        get: operations["getRole"];
        put?: never;
        post?: never;
        /**
         * Delete a role; users who hold it move to ?replacement=<roleKey> (409 without one)
         * @description **Who may call it:** A caller holding company.users.manage in the application.
         */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        /**
         * Edit a role (its key is stable); what it gains or loses is subject to the ceiling
         * @description **Who may call it:** A caller holding company.users.manage in the application.
         */
        patch: operations["updateRole"];
        trace?: never;
    };
    "/api/apps/{app}/attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The application's custom user attributes
         * @description **Who may call it:** A caller holding company.users.manage or app.dataformats.read in the application.
         */
        get: operations["listUserAttributes"];
        put?: never;
        /**
         * Define a typed user attribute
         * @description **Who may call it:** A caller holding company.users.manage in the application.
         */
        post: operations["createUserAttribute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/attributes/{attribute}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One user attribute
         * @description **Who may call it:** A caller holding company.users.manage or app.dataformats.read in the application.
         */
        get: operations["getUserAttribute"];
        put?: never;
        post?: never;
        /**
         * Delete a user attribute and every user's value of it
         * @description **Who may call it:** A caller holding company.users.manage in the application.
         */
        delete: operations["deleteUserAttribute"];
        options?: never;
        head?: never;
        /**
         * Rename a user attribute or change a select's choices
         * @description **Who may call it:** A caller holding company.users.manage in the application.
         */
        patch: operations["updateUserAttribute"];
        trace?: never;
    };
    "/api/apps/{app}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The app users, by email, a page at a time
         * @description **Who may call it:** A caller holding company.users.manage in the application.
         */
        get: operations["listAppUsers"];
        put?: never;
        /**
         * Add an existing account (by email) with roles, direct rights and attributes
         * @description **Who may call it:** A caller holding company.users.manage in the application.
         */
        post: operations["addAppUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/users/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an end user with a temporary password (shown once) and a confirmation mail
         * @description **Who may call it:** A caller holding company.users.manage in the application. API keys are refused: a signed-in person must call it.
         */
        post: operations["createAppUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/users/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One app user
         * @description **Who may call it:** A caller holding company.users.manage in the application.
         */
        get: operations["getAppUser"];
        put?: never;
        post?: never;
        /**
         * Remove a user from the app (their account stays)
         * @description **Who may call it:** A caller holding company.users.manage in the application.
         */
        delete: operations["removeAppUser"];
        options?: never;
        head?: never;
        /**
         * Suspend or reactivate an app user, or change their attribute values
         * @description **Who may call it:** A caller holding company.users.manage in the application.
         */
        patch: operations["updateAppUser"];
        trace?: never;
    };
    "/api/apps/{app}/users/{accountId}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's roles, direct rights and effective rights in this app
         * @description **Who may call it:** A caller holding company.users.manage in the application.
         */
        get: operations["getAppUserPermissions"];
        /**
         * Set a user's roles and direct rights in this app (within what you hold yourself)
         * @description **Who may call it:** A caller holding company.users.manage in the application.
         */
        put: operations["setAppUserPermissions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register an account into an open app, answering its register form */
        post: operations["registerIntoApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join an open app with the User role, answering its register form
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        post: operations["joinApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/register-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The register form (public while registration is open; for user managers always) */
        get: operations["getRegisterForm"];
        /**
         * Set the register form: the attributes it asks for, their labels, which are required
         * @description **Who may call it:** A caller holding company.users.manage in the application.
         */
        put: operations["setRegisterForm"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The application's collections with their fields, the users collection first
         * @description **Who may call it:** A caller holding app.dataformats.read in the application.
         */
        get: operations["listCollections"];
        put?: never;
        /**
         * Create a collection (restricted unless said otherwise) and its table
         * @description **Who may call it:** A caller holding app.dataformats.edit in the application.
         */
        post: operations["createCollection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/collections/{collection}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One collection, by key or id, with its fields
         * @description **Who may call it:** A caller holding app.dataformats.read in the application.
         */
        get: operations["getCollection"];
        put?: never;
        post?: never;
        /**
         * Delete a collection and its records; refused (409) while rules or links use it
         * @description **Who may call it:** A caller holding app.dataformats.edit in the application.
         */
        delete: operations["deleteCollection"];
        options?: never;
        head?: never;
        /**
         * Rename a collection, edit its description or its restricted switch (the key stays)
         * @description **Who may call it:** A caller holding app.dataformats.edit in the application.
         */
        patch: operations["updateCollection"];
        trace?: never;
    };
    "/api/apps/{app}/collections/{collection}/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a field: a column named from its id, or a junction table for links to many
         * @description **Who may call it:** A caller holding app.dataformats.edit in the application.
         */
        post: operations["createField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/collections/{collection}/fields/{field}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One field
         * @description **Who may call it:** A caller holding app.dataformats.read in the application.
         */
        get: operations["getField"];
        put?: never;
        post?: never;
        /**
         * Delete a field and its data; refused (409) while rules use it, listing them
         * @description **Who may call it:** A caller holding app.dataformats.edit in the application.
         */
        delete: operations["deleteField"];
        options?: never;
        head?: never;
        /**
         * Rename a field (rules keep working), relabel it, change its constraints or choices
         * @description **Who may call it:** A caller holding app.dataformats.edit in the application.
         */
        patch: operations["updateField"];
        trace?: never;
    };
    "/api/apps/{app}/collections/{collection}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Records you may read: filter, sort, search, fields, keyset pages, count
         * @description **Who may call it:** A caller holding app.data.read in the application.
         */
        get: operations["listRecords"];
        put?: never;
        /**
         * Create a record
         * @description **Who may call it:** A caller holding app.data.edit in the application.
         */
        post: operations["createRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/collections/{collection}/records/{record}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One record you may read (missing and unreadable look the same)
         * @description **Who may call it:** A caller holding app.data.read in the application.
         */
        get: operations["getRecord"];
        put?: never;
        post?: never;
        /**
         * Delete a record
         * @description **Who may call it:** A caller holding app.data.edit in the application.
         */
        delete: operations["deleteRecord"];
        options?: never;
        head?: never;
        /**
         * Change fields of a record
         * @description **Who may call it:** A caller holding app.data.edit in the application.
         */
        patch: operations["updateRecord"];
        trace?: never;
    };
    "/api/apps/{app}/collections/{collection}/records/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create, change and delete records: all or nothing
         * @description **Who may call it:** A caller holding app.data.edit in the application.
         */
        post: operations["bulkWriteRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/data/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The collections you may read or add records to, with the fields you may read, create and update
         * @description **Who may call it:** A caller holding app.data.read in the application.
         */
        get: operations["listReadableCollections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/collections/{collection}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the records you may read as CSV or JSON, with the list’s filter, sort, search and fields
         * @description **Who may call it:** A caller holding app.data.read in the application.
         */
        get: operations["exportRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/collections/{collection}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import records from CSV or JSON: each row checked like a create, or an update when it has an id
         * @description **Who may call it:** A caller holding app.data.edit in the application.
         *
         *     The body is the file, sent as `text/csv` or `application/json` (an array of records). See docs/records.md.
         */
        post: operations["importRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The application's data rules in creation order, optionally of one collection
         * @description **Who may call it:** A caller holding app.dataformats.read in the application.
         */
        get: operations["listRules"];
        put?: never;
        /**
         * Create a rule; its condition is type-checked (400 RULE_INVALID with positions)
         * @description **Who may call it:** A caller holding app.dataformats.edit in the application.
         */
        post: operations["createRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/rules/{rule}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One rule, with the current names of the fields it uses
         * @description **Who may call it:** A caller holding app.dataformats.read in the application.
         */
        get: operations["getRule"];
        put?: never;
        post?: never;
        /**
         * Delete a rule; what it opened is closed on the next request
         * @description **Who may call it:** A caller holding app.dataformats.edit in the application.
         */
        delete: operations["deleteRule"];
        options?: never;
        head?: never;
        /**
         * Change a rule (not its kind); it is checked again as a whole
         * @description **Who may call it:** A caller holding app.dataformats.edit in the application.
         */
        patch: operations["updateRule"];
        trace?: never;
    };
    "/api/apps/{app}/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The application's pages, in order within each parent, with their sections and visibility
         * @description **Who may call it:** A caller holding app.templates.read in the application.
         */
        get: operations["listPages"];
        put?: never;
        /**
         * Create a page; collections, fields and conditions are checked (400 PAGE_INVALID with positions)
         * @description **Who may call it:** A caller holding app.templates.edit in the application.
         */
        post: operations["createPage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/pages/{page}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One page, by id or slug, with the current names of the fields it uses
         * @description **Who may call it:** A caller holding app.templates.read in the application.
         */
        get: operations["getPage"];
        /**
         * Save a page as a whole, as its next version
         * @description **Who may call it:** A caller holding app.templates.edit in the application.
         */
        put: operations["savePage"];
        post?: never;
        /**
         * Delete a page and its versions; refused while pages sit under it
         * @description **Who may call it:** A caller holding app.templates.edit in the application.
         */
        delete: operations["deletePage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/pages/{page}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page's saved versions, newest first
         * @description **Who may call it:** A caller holding app.templates.read in the application.
         */
        get: operations["listPageVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/pages/{page}/versions/{version}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed from this version to another (the current one by default)
         * @description **Who may call it:** A caller holding app.templates.read in the application.
         */
        get: operations["diffPageVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/pages/{page}/versions/{version}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Save an earlier version's content as the page's next version; checked like any save
         * @description **Who may call it:** A caller holding app.templates.edit in the application.
         */
        post: operations["restorePageVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The app's media files, newest first, with search, folder and tag filters and a cursor
         * @description **Who may call it:** A caller holding app.media.read in the application.
         */
        get: operations["listMedia"];
        put?: never;
        /**
         * Upload files (multipart/form-data, up to 20 file parts); all are stored or none
         * @description **Who may call it:** A caller holding app.media.edit in the application.
         *
         *     Each file is typed from its bytes and checked against the size limit and the accepted types; a refusal names the file and stores nothing.
         */
        post: operations["uploadMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/media/{media}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One media file
         * @description **Who may call it:** A caller holding app.media.read in the application.
         */
        get: operations["getMedia"];
        put?: never;
        post?: never;
        /**
         * Delete a file and its versions; refused (409 MEDIA_IN_USE, with the uses) while a page or record uses it
         * @description **Who may call it:** A caller holding app.media.edit in the application.
         */
        delete: operations["deleteMedia"];
        options?: never;
        head?: never;
        /**
         * Rename a file, move it to a folder, or set its tags
         * @description **Who may call it:** A caller holding app.media.edit in the application.
         */
        patch: operations["updateMedia"];
        trace?: never;
    };
    "/api/apps/{app}/media/{media}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file's bytes, a version of them, or a resized image; ranges and ETags honoured
         * @description **Who may call it:** A caller holding app.media.read in the application.
         *
         *     The type is the one read from the bytes at upload, with `X-Content-Type-Options: nosniff`; HTML, SVG, XML and other active types always come as attachments.
         */
        get: operations["downloadMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/media/{media}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A file's versions, newest first
         * @description **Who may call it:** A caller holding app.media.read in the application.
         */
        get: operations["listMediaVersions"];
        put?: never;
        /**
         * Replace a file's bytes with one uploaded file (multipart/form-data): its next version
         * @description **Who may call it:** A caller holding app.media.edit in the application.
         */
        post: operations["replaceMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/media/{media}/versions/{version}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make an earlier version's bytes the file's next version
         * @description **Who may call it:** A caller holding app.media.edit in the application.
         */
        post: operations["restoreMediaVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/pages/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Who would start and stop seeing a page and each of its sections if it were saved as proposed, and what lint says about it; nothing is saved
         * @description **Who may call it:** A caller holding app.templates.edit in the application.
         */
        post: operations["previewPage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/ui": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The pages and sections the caller may see, without their visibility settings; nothing of a hidden page, not even its title
         * @description **Who may call it:** Any user of the application.
         */
        get: operations["getUi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/ui/sections/{section}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The records under a collection view: the records API's list for the caller with the view's collection filter on top (404 for a view the caller cannot see)
         * @description **Who may call it:** A caller holding app.data.read in the application.
         */
        get: operations["listSectionRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/dashboards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The application's dashboards, by title, with their widgets
         * @description **Who may call it:** A caller holding app.dashboards.read in the application.
         */
        get: operations["listDashboards"];
        put?: never;
        /**
         * Create a dashboard; collections, fields and filters are checked like a rule (400 DASHBOARD_INVALID with positions)
         * @description **Who may call it:** A caller holding app.dashboards.edit in the application.
         */
        post: operations["createDashboard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/dashboards/{dashboard}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One dashboard, with the current names of the fields it uses
         * @description **Who may call it:** A caller holding app.dashboards.read in the application.
         */
        get: operations["getDashboard"];
        /**
         * Save a dashboard as a whole, as its next version
         * @description **Who may call it:** A caller holding app.dashboards.edit in the application.
         */
        put: operations["saveDashboard"];
        post?: never;
        /**
         * Delete a dashboard and its versions
         * @description **Who may call it:** A caller holding app.dashboards.edit in the application.
         */
        delete: operations["deleteDashboard"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/dashboards/{dashboard}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A dashboard's saved versions, newest first
         * @description **Who may call it:** A caller holding app.dashboards.read in the application.
         */
        get: operations["listDashboardVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/dashboards/{dashboard}/versions/{version}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed from this version to another (the current one by default)
         * @description **Who may call it:** A caller holding app.dashboards.read in the application.
         */
        get: operations["diffDashboardVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/dashboards/{dashboard}/versions/{version}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Save an earlier version's content as the dashboard's next version; checked like any save
         * @description **Who may call it:** A caller holding app.dashboards.edit in the application.
         */
        post: operations["restoreDashboardVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/dashboards/{dashboard}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Each widget's result for the caller, computed in SQL under their data rules (also needs app.data.read)
         * @description **Who may call it:** A caller holding app.dashboards.read in the application.
         */
        get: operations["getDashboardData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/dashboards/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The data of an unsaved dashboard, checked like a save, for the caller or an app user they may view the app as
         * @description **Who may call it:** A caller holding app.dashboards.edit in the application.
         */
        post: operations["previewDashboard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/collections/{collection}/access-matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who may create, read, update and delete the records and fields of a collection: per role and audience, open, conditional, closed or bypassing
         * @description **Who may call it:** A caller holding app.dataformats.read in the application.
         */
        get: operations["getAccessMatrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The application's roles, custom rights, collection switches, rules and pages as a policy file
         * @description **Who may call it:** A caller holding app.dataformats.read in the application.
         */
        get: operations["exportPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/policy/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a policy file in one transaction (?dryRun=true: report the diff and save nothing); 400 POLICY_INVALID names each part at fault
         * @description **Who may call it:** A caller holding app.dataformats.edit in the application.
         */
        post: operations["importPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/policy/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a permission-test fixture (JSON, or YAML as application/yaml) against the live policy; nothing it inserts remains. 200 with the results even when tests fail; 400 POLICY_TEST_INVALID
         * @description **Who may call it:** A caller holding app.dataformats.read in the application.
         */
        post: operations["runPermissionTests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/policy/test/mutations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mutation check: break each rule in memory (condition true, field lists dropped, an action removed, every action granted, deleted) and run the fixture against each; a mutant no test notices is a rule the fixture does not protect. Stored rules are untouched; 400 POLICY_TEST_INVALID
         * @description **Who may call it:** A caller holding app.dataformats.read in the application.
         */
        post: operations["runMutationCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/policy/lint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Likely mistakes: open grants on personal data, rules that never match or are shadowed, roles without members, unreadable fields
         * @description **Who may call it:** A caller holding app.dataformats.read in the application.
         */
        get: operations["lintPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/pages/{page}/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether an app user sees a page and each of its sections, and why (audience, condition, pages above)
         * @description **Who may call it:** A caller holding app.templates.read in the application.
         */
        get: operations["explainPageVisibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/access/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Why a user may or may not do something: the engine's trace, on a record or a list
         * @description **Who may call it:** A caller holding app.dataformats.read in the application.
         */
        post: operations["explainAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/access/explanations/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The explanation behind the reference of a denied request (kept 24 hours)
         * @description **Who may call it:** A caller holding app.dataformats.read in the application.
         */
        get: operations["getExplanation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{app}/access/view-as": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * View the app as one of its users: read-only by default, at most 60 minutes
         * @description **Who may call it:** A caller holding app.dataformats.read in the application. API keys are refused: a signed-in person must call it.
         */
        post: operations["startViewAs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/view-as": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The view-as in force for this session, if any
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        get: operations["getViewAs"];
        put?: never;
        post?: never;
        /**
         * Stop viewing as another user: the next request is your own again
         * @description **Who may call it:** Any signed-in account. API keys are refused: a signed-in person must call it.
         */
        delete: operations["stopViewAs"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /** @description An error */
        ErrorInput: {
            error: {
                /** @description Stable UPPER_SNAKE code; the response lists the codes this operation returns */
                code: string;
                /** @description What went wrong and what to do, in words for a person */
                message: string;
                /** @description Machine-readable specifics: the fields at fault, what is missing, a decision reference */
                details?: {
                    [key: string]: unknown;
                };
                /** @description The request id, also in the x-request-id header; quote it when reporting */
                requestId: string;
            };
        };
        /** @description An error */
        Error: {
            error: {
                /** @description Stable UPPER_SNAKE code; the response lists the codes this operation returns */
                code: string;
                /** @description What went wrong and what to do, in words for a person */
                message: string;
                /** @description Machine-readable specifics: the fields at fault, what is missing, a decision reference */
                details?: {
                    [key: string]: unknown;
                };
                /** @description The request id, also in the x-request-id header; quote it when reporting */
                requestId: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database answers and the schema is migrated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                        database: {
                            /** @enum {string} */
                            kind: "pglite" | "postgres";
                            migrations: number;
                        };
                        /** Format: uuid */
                        instanceId: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now: NOT_READY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSetupStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        required: boolean;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPlatformOwner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    /** Format: email */
                    email: string;
                    name: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description An account */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        emailVerified: boolean;
                        /** @enum {string} */
                        status: "active" | "suspended" | "deactivated";
                        platformRole: ("owner" | "admin") | null;
                        mustChangePassword: boolean;
                        mfa: {
                            enabled: boolean;
                        };
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, PASSWORD_TOO_LONG, PASSWORD_TOO_SHORT, PASSWORD_TOO_WEAK, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: CSRF_ORIGIN_MISMATCH, INVALID_SETUP_TOKEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMyCompanies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        isOwner: boolean;
                        rights: string[];
                    }[];
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: INSUFFICIENT_SCOPE, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCompany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        properties: {
                            [key: string]: unknown;
                        };
                        mfaRequired: boolean;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        properties: {
                            [key: string]: unknown;
                        };
                        mfaRequired: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        me: {
                            isOwner: boolean;
                            rights: string[];
                        };
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    properties?: {
                        [key: string]: string | number | boolean | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        properties: {
                            [key: string]: unknown;
                        };
                        mfaRequired: boolean;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setCompanySecurity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    mfaRequired: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        properties: {
                            [key: string]: unknown;
                        };
                        mfaRequired: boolean;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: ENABLE_MFA_FIRST */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCompanyBilling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        billingEmail: string | null;
                        address: {
                            [key: string]: string;
                        };
                        vatId: string | null;
                        plan: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCompanyBilling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    billingEmail?: string | null;
                    address?: {
                        line1?: string;
                        line2?: string;
                        city?: string;
                        postalCode?: string;
                        region?: string;
                        country?: string;
                    };
                    vatId?: string | null;
                    /** @enum {string} */
                    plan?: "free" | "team" | "enterprise";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        billingEmail: string | null;
                        address: {
                            [key: string]: string;
                        };
                        vatId: string | null;
                        plan: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    leaveCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: LAST_OWNER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCompanyRightPresets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: INSUFFICIENT_SCOPE, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /** @description Part of the email or name */
                search?: string;
                /** @description Members per page, 1 to 200 */
                limit?: number;
                /** @description The cursor `next` of the previous page */
                after?: string;
            };
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            accountId: string;
                            email: string;
                            name: string;
                            isOwner: boolean;
                            rights: string[];
                            /** @enum {string} */
                            preset: "owner" | "admin" | "editor" | "custom";
                            /** Format: date-time */
                            joinedAt: string;
                        }[];
                        next: string | null;
                        /** @description How many members the company has (every page, no search) */
                        total: number;
                        /** @description How many of them are owners */
                        owners: number;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setMemberRights: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
                /** @description The account's id (the person's, across companies and apps) */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rights: ("company.apps.manage" | "company.users.manage" | "company.billing.manage" | "company.info.manage")[];
                } | {
                    /** @enum {string} */
                    preset: "admin" | "editor";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        email: string;
                        name: string;
                        isOwner: boolean;
                        rights: string[];
                        /** @enum {string} */
                        preset: "owner" | "admin" | "editor" | "custom";
                        /** Format: date-time */
                        joinedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, DELEGATION_CEILING, FORBIDDEN, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: OWNER_RIGHTS_FIXED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
                /** @description The account's id (the person's, across companies and apps) */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, MFA_ENROLLMENT_REQUIRED, OWNER_ONLY, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setMemberOwnership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
                /** @description The account's id (the person's, across companies and apps) */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    owner: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        email: string;
                        name: string;
                        isOwner: boolean;
                        rights: string[];
                        /** @enum {string} */
                        preset: "owner" | "admin" | "editor" | "custom";
                        /** Format: date-time */
                        joinedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, MFA_ENROLLMENT_REQUIRED, OWNER_ONLY, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: LAST_OWNER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    transferOwnership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    accountId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: {
                            /** Format: uuid */
                            accountId: string;
                            email: string;
                            name: string;
                            isOwner: boolean;
                            rights: string[];
                            /** @enum {string} */
                            preset: "owner" | "admin" | "editor" | "custom";
                            /** Format: date-time */
                            joinedAt: string;
                        };
                        to: {
                            /** Format: uuid */
                            accountId: string;
                            email: string;
                            name: string;
                            isOwner: boolean;
                            rights: string[];
                            /** @enum {string} */
                            preset: "owner" | "admin" | "editor" | "custom";
                            /** Format: date-time */
                            joinedAt: string;
                        };
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, MFA_ENROLLMENT_REQUIRED, OWNER_ONLY, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: ALREADY_OWNER, LAST_OWNER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                /** @description true: only those not yet accepted or revoked (waiting or expired); false: only the others */
                open?: "true" | "false";
                /** @description Invitations per page, 1 to 200 */
                limit?: number;
                /** @description The cursor `next` of the previous page */
                after?: string;
            };
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            rights: string[];
                            /** @enum {string} */
                            status: "pending" | "accepted" | "revoked" | "expired";
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            lastSentAt: string;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    inviteMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    rights: ("company.apps.manage" | "company.users.manage" | "company.billing.manage" | "company.info.manage")[];
                } | {
                    /** Format: email */
                    email: string;
                    /** @enum {string} */
                    preset: "admin" | "editor";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        rights: string[];
                        /** @enum {string} */
                        status: "pending" | "accepted" | "revoked" | "expired";
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        lastSentAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, DELEGATION_CEILING, FORBIDDEN, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: ALREADY_MEMBER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resendInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
                /** @description The id of the item the path names */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        rights: string[];
                        /** @enum {string} */
                        status: "pending" | "accepted" | "revoked" | "expired";
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        lastSentAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: INVITATION_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
                /** @description The id of the item the path names */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        rights: string[];
                        /** @enum {string} */
                        status: "pending" | "accepted" | "revoked" | "expired";
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        lastSentAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: INVITATION_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        companyName: string;
                        inviterName: string | null;
                        email: string;
                        /** @description The company rights accepting gives */
                        rights: string[];
                        /** Format: date-time */
                        expiresAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: INVALID_INVITATION, MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: CSRF_ORIGIN_MISMATCH */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        companyId: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: INVALID_INVITATION, MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: INVITATION_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listIdentityProviders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        providerId: string;
                        displayName: string;
                        issuer: string;
                        clientId: string;
                        enabled: boolean;
                        redirectUri: string;
                        /** Format: date-time */
                        createdAt: string;
                    }[];
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createIdentityProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    providerId: string;
                    displayName: string;
                    /** Format: uri */
                    issuer: string;
                    clientId: string;
                    clientSecret: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        providerId: string;
                        displayName: string;
                        issuer: string;
                        clientId: string;
                        enabled: boolean;
                        redirectUri: string;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: ISSUER_NOT_DISCOVERABLE, MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: PROVIDER_ID_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteIdentityProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
                /** @description The id of the item the path names */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateIdentityProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
                /** @description The id of the item the path names */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                /** @description An action, or a prefix ending in "." (e.g. "company.member.") */
                action?: string;
                /** @description Only what this account did */
                actor?: string;
                /** @description Only entries about this kind of target, e.g. member or app */
                targetType?: string;
                /** @description Only entries about this target id */
                targetId?: string;
                /** @description Only entries at or after this time (ISO 8601) */
                from?: string;
                /** @description Only entries before this time (ISO 8601) */
                to?: string;
                /** @description Entries per page, 1 to 200 */
                limit?: number;
                /** @description The cursor from the previous page */
                before?: string;
            };
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurredAt: string;
                            action: string;
                            outcome: string;
                            actor: {
                                accountId: string | null;
                                email: string | null;
                                apiKeyId: string | null;
                                impersonatorId: string | null;
                            };
                            target: {
                                type: string;
                                id: string;
                            } | null;
                            appId: string | null;
                            ipAddress: string | null;
                            userAgent: string | null;
                            requestId: string | null;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "verification_sent";
                        message: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, PASSWORD_TOO_LONG, PASSWORD_TOO_SHORT, PASSWORD_TOO_WEAK, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: CSRF_ORIGIN_MISMATCH */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    verifyEmail: {
        parameters: {
            query: {
                /** @description The token from the confirmation link */
                token: string;
                /** @description Carried by the mailed link; not used by the confirmation itself */
                callbackURL?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request is malformed or a value is invalid: INVALID_TOKEN, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_USER */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resendVerificationEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "accepted";
                        message: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: CSRF_ORIGIN_MISMATCH */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                    rememberMe?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "signed_in";
                        /** @description An account */
                        account: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            emailVerified: boolean;
                            /** @enum {string} */
                            status: "active" | "suspended" | "deactivated";
                            platformRole: ("owner" | "admin") | null;
                            mustChangePassword: boolean;
                            mfa: {
                                enabled: boolean;
                            };
                        };
                    } | {
                        /** @enum {string} */
                        status: "mfa_required";
                        methods: ("totp" | "backup_code")[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_CREDENTIALS */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: ACCOUNT_DISABLED, CSRF_ORIGIN_MISMATCH, EMAIL_NOT_VERIFIED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: LOGIN_TEMPORARILY_LOCKED, RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        emailVerified: boolean;
                        /** @enum {string} */
                        status: "active" | "suspended" | "deactivated";
                        platformRole: ("owner" | "admin") | null;
                        mustChangePassword: boolean;
                        mfa: {
                            enabled: boolean;
                        };
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: INSUFFICIENT_SCOPE, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The name companies and apps show for me */
                    name: string;
                };
            };
        };
        responses: {
            /** @description An account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        emailVerified: boolean;
                        /** @enum {string} */
                        status: "active" | "suspended" | "deactivated";
                        platformRole: ("owner" | "admin") | null;
                        mustChangePassword: boolean;
                        mfa: {
                            enabled: boolean;
                        };
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The password being typed */
                    password: string;
                    /** @description The person's email address, if known */
                    email?: string;
                    /** @description The person's name, if known */
                    name?: string;
                    /** @description The company's name, if known */
                    companyName?: string;
                };
            };
        };
        responses: {
            /** @description Whether the password would be accepted, and advice when not */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                        /** @description zxcvbn score, 3 or 4 when accepted */
                        score: number;
                    } | {
                        /** @enum {boolean} */
                        ok: false;
                        /** @enum {string} */
                        code: "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_WEAK";
                        /** @description What is wrong and what to change, in words for a person */
                        message: string;
                        suggestions: string[];
                        /** @description Absent when the length is refused */
                        score?: number;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: CSRF_ORIGIN_MISMATCH */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "accepted";
                        message: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: CSRF_ORIGIN_MISMATCH */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: INVALID_TOKEN, MALFORMED_JSON, PASSWORD_TOO_LONG, PASSWORD_TOO_SHORT, PASSWORD_TOO_WEAK, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: CSRF_ORIGIN_MISMATCH */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                    /** @default true */
                    revokeOtherSessions?: boolean;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: INVALID_PASSWORD, MALFORMED_JSON, PASSWORD_TOO_LONG, PASSWORD_TOO_SHORT, PASSWORD_TOO_WEAK, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: NO_PASSWORD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changeEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    newEmail: string;
                    currentPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "accepted";
                        message: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: INVALID_PASSWORD, MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: EMAIL_IN_USE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMySessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        current: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        expiresAt: string;
                        ipAddress: string | null;
                        userAgent: string | null;
                    }[];
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    endMyOtherSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revoked: number;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    endMySession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the item the path names */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startMfaEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        totpURI: string;
                        backupCodes: string[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: INVALID_PASSWORD, MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    confirmMfaEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description An account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        emailVerified: boolean;
                        /** @enum {string} */
                        status: "active" | "suspended" | "deactivated";
                        platformRole: ("owner" | "admin") | null;
                        mustChangePassword: boolean;
                        mfa: {
                            enabled: boolean;
                        };
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, INVALID_MFA_CODE, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    verifyMfaCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    backupCode?: string;
                    trustDevice?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "signed_in";
                        /** @description An account */
                        account: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            emailVerified: boolean;
                            /** @enum {string} */
                            status: "active" | "suspended" | "deactivated";
                            platformRole: ("owner" | "admin") | null;
                            mustChangePassword: boolean;
                            mfa: {
                                enabled: boolean;
                            };
                        };
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_MFA_CODE, MFA_CHALLENGE_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: CSRF_ORIGIN_MISMATCH */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: MFA_TEMPORARILY_LOCKED, RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    regenerateBackupCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        backupCodes: string[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: INVALID_PASSWORD, MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: MFA_NOT_ENABLED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    disableMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description The request is malformed or a value is invalid: INVALID_PASSWORD, MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: MFA_NOT_ENABLED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSignInProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        password: true;
                        social: string[];
                        oidc: {
                            id: string;
                            name: string;
                            companyId: string | null;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startProviderSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The sign-in provider: google, microsoft, linkedin, facebook, or a company provider id */
                provider: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Where the browser lands after signing in (a path or a trusted URL) */
                    callbackURL?: string;
                    /** @description Where it lands if signing in fails; `?error=` is added */
                    errorCallbackURL?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        url: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: CSRF_ORIGIN_MISMATCH */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMyApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        prefix: string;
                        scopes: string[];
                        /** Format: date-time */
                        expiresAt: string;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    }[];
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    scopes: ("account:read" | "platform:admin" | "company.apps.manage" | "company.users.manage" | "company.billing.manage" | "company.info.manage" | "app.actions.read" | "app.actions.edit" | "app.apis.read" | "app.apis.edit" | "app.dashboards.read" | "app.dashboards.edit" | "app.dataformats.read" | "app.dataformats.edit" | "app.data.read" | "app.data.edit" | "app.media.read" | "app.media.edit" | "app.templates.read" | "app.templates.edit")[];
                    /** @default 90 */
                    expiresInDays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            prefix: string;
                            scopes: string[];
                            /** Format: date-time */
                            expiresAt: string;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                        token: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, DELEGATION_CEILING, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApiKeyScopes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description The scope, as `scopes` in POST /api/auth/api-keys takes it */
                            scope: string;
                            /** @description What a key with it may do */
                            description: string;
                            /** @description Whether this account may give it to a key */
                            grantable: boolean;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the item the path names */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        prefix: string;
                        scopes: string[];
                        /** Format: date-time */
                        expiresAt: string;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAccounts: {
        parameters: {
            query?: {
                /** @description Part of the email */
                search?: string;
                /** @description Accounts per page, 1 to 500 */
                limit?: number;
                /** @description The email of the last account on the previous page */
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            emailVerified: boolean;
                            /** @enum {string} */
                            status: "active" | "suspended" | "deactivated";
                            platformRole: ("owner" | "admin") | null;
                            mustChangePassword: boolean;
                            mfa: {
                                enabled: boolean;
                            };
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: FORBIDDEN, INSUFFICIENT_SCOPE, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description An account */
                        account: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            emailVerified: boolean;
                            /** @enum {string} */
                            status: "active" | "suspended" | "deactivated";
                            platformRole: ("owner" | "admin") | null;
                            mustChangePassword: boolean;
                            mfa: {
                                enabled: boolean;
                            };
                        };
                        temporaryPassword: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    suspendAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the item the path names */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        emailVerified: boolean;
                        /** @enum {string} */
                        status: "active" | "suspended" | "deactivated";
                        platformRole: ("owner" | "admin") | null;
                        mustChangePassword: boolean;
                        mfa: {
                            enabled: boolean;
                        };
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reactivateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the item the path names */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        emailVerified: boolean;
                        /** @enum {string} */
                        status: "active" | "suspended" | "deactivated";
                        platformRole: ("owner" | "admin") | null;
                        mustChangePassword: boolean;
                        mfa: {
                            enabled: boolean;
                        };
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deactivateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the item the path names */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        emailVerified: boolean;
                        /** @enum {string} */
                        status: "active" | "suspended" | "deactivated";
                        platformRole: ("owner" | "admin") | null;
                        mustChangePassword: boolean;
                        mfa: {
                            enabled: boolean;
                        };
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    endAccountSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the item the path names */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revoked: number;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOutbox: {
        parameters: {
            query?: {
                /** @description Only mail sent to this address */
                to?: string;
                /** @description Messages per page, 1 to 200 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        to: string;
                        subject: string;
                        kind: string;
                        status: string;
                        text: string;
                        /** Format: date-time */
                        createdAt: string;
                    }[];
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: FORBIDDEN, INSUFFICIENT_SCOPE, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The app's address: its end-user app is /a/<slug> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        slug: string;
                        /** @enum {string} */
                        registration: "open" | "closed";
                        loginTemplate: {
                            title: string;
                            subtitle: string;
                            /** @enum {string} */
                            color: "blue" | "indigo" | "violet" | "grape" | "pink" | "red" | "orange" | "yellow" | "lime" | "green" | "teal" | "cyan" | "gray";
                            /** @description An https:// image address; empty for none */
                            logo: string;
                            /** @description The ways to sign in the screen offers, in order */
                            methods: string[];
                        };
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCompanyApps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            companyId: string;
                            name: string;
                            description: string;
                            /** @enum {string} */
                            registration: "open" | "closed";
                            /** @description Its end-user app: /a/<slug> */
                            slug: string;
                            loginTemplate: {
                                title: string;
                                subtitle: string;
                                /** @enum {string} */
                                color: "blue" | "indigo" | "violet" | "grape" | "pink" | "red" | "orange" | "yellow" | "lime" | "green" | "teal" | "cyan" | "gray";
                                /** @description An https:// image address; empty for none */
                                logo: string;
                                /** @description The ways to sign in the screen offers, in order */
                                methods: string[];
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id */
                company: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default  */
                    description?: string;
                    /**
                     * @description Whether end users may register themselves
                     * @default closed
                     * @enum {string}
                     */
                    registration?: "open" | "closed";
                    /** @description Made from the name when left out */
                    slug?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description An application */
                        app: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            companyId: string;
                            name: string;
                            description: string;
                            /** @enum {string} */
                            registration: "open" | "closed";
                            /** @description Its end-user app: /a/<slug> */
                            slug: string;
                            loginTemplate: {
                                title: string;
                                subtitle: string;
                                /** @enum {string} */
                                color: "blue" | "indigo" | "violet" | "grape" | "pink" | "red" | "orange" | "yellow" | "lime" | "green" | "teal" | "cyan" | "gray";
                                /** @description An https:// image address; empty for none */
                                logo: string;
                                /** @description The ways to sign in the screen offers, in order */
                                methods: string[];
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        roles: {
                            key: string;
                            name: string;
                            description: string;
                            /** @description Team member: an internal user */
                            internal: boolean;
                            /** @description Modify app: implies every backoffice right */
                            builder: boolean;
                            /** @description Access all data: bypasses the data rules */
                            allData: boolean;
                            /** @description Holders must have two-factor authentication on to work in this app */
                            forceMfa: boolean;
                            /** @description The rights the role names */
                            rights: string[];
                            /** @description What holders get from it (builder adds every backoffice right) */
                            effectiveRights: string[];
                            defaultFor: ("team_admin" | "user") | null;
                            /** @description How many app users hold it */
                            users: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: APP_SLUG_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMyApps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            companyId: string;
                            name: string;
                            description: string;
                            /** @enum {string} */
                            registration: "open" | "closed";
                            /** @description Its end-user app: /a/<slug> */
                            slug: string;
                            loginTemplate: {
                                title: string;
                                subtitle: string;
                                /** @enum {string} */
                                color: "blue" | "indigo" | "violet" | "grape" | "pink" | "red" | "orange" | "yellow" | "lime" | "green" | "teal" | "cyan" | "gray";
                                /** @description An https:// image address; empty for none */
                                logo: string;
                                /** @description The ways to sign in the screen offers, in order */
                                methods: string[];
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {string} */
                            status: "active" | "suspended";
                            roles: {
                                key: string;
                                name: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: INSUFFICIENT_SCOPE, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        name: string;
                        description: string;
                        /** @enum {string} */
                        registration: "open" | "closed";
                        /** @description Its end-user app: /a/<slug> */
                        slug: string;
                        loginTemplate: {
                            title: string;
                            subtitle: string;
                            /** @enum {string} */
                            color: "blue" | "indigo" | "violet" | "grape" | "pink" | "red" | "orange" | "yellow" | "lime" | "green" | "teal" | "cyan" | "gray";
                            /** @description An https:// image address; empty for none */
                            logo: string;
                            /** @description The ways to sign in the screen offers, in order */
                            methods: string[];
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        you: {
                            /** @description A member of the owning company */
                            member: boolean;
                            /** @description An owner of the owning company */
                            owner: boolean;
                            appUser: ("active" | "suspended") | null;
                            roles: string[];
                            rights: string[];
                            internal: boolean;
                            builder: boolean;
                            allData: boolean;
                            forceMfa: boolean;
                        };
                        /** @description The ways to sign in this server offers the app's sign-in screen, to choose from */
                        signInMethods: {
                            /** @description What a login template names it by */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "password" | "social" | "oidc";
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    /**
                     * @description Whether end users may register themselves
                     * @enum {string}
                     */
                    registration?: "open" | "closed";
                    /** @description Where its end-user app lives: /a/<slug>; unique among all applications */
                    slug?: string;
                    /** @description A change to the end-user app's sign-in screen: settings left out keep their value */
                    loginTemplate?: {
                        /** @description The heading; the app name when empty */
                        title?: string;
                        subtitle?: string;
                        /**
                         * @description The accent colour of the sign-in screen and the header
                         * @enum {string}
                         */
                        color?: "blue" | "indigo" | "violet" | "grape" | "pink" | "red" | "orange" | "yellow" | "lime" | "green" | "teal" | "cyan" | "gray";
                        /** @description An https:// image address shown above the heading; empty for none */
                        logo?: string;
                        /** @description The ways the sign-in screen offers, in order: `password`, and the ids of identity providers this server has configured (`GET /api/apps/:app` lists them in `signInMethods`) */
                        methods?: string[];
                    };
                };
            };
        };
        responses: {
            /** @description An application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        name: string;
                        description: string;
                        /** @enum {string} */
                        registration: "open" | "closed";
                        /** @description Its end-user app: /a/<slug> */
                        slug: string;
                        loginTemplate: {
                            title: string;
                            subtitle: string;
                            /** @enum {string} */
                            color: "blue" | "indigo" | "violet" | "grape" | "pink" | "red" | "orange" | "yellow" | "lime" | "green" | "teal" | "cyan" | "gray";
                            /** @description An https:// image address; empty for none */
                            logo: string;
                            /** @description The ways to sign in the screen offers, in order */
                            methods: string[];
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, SIGN_IN_METHOD_UNAVAILABLE, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: APP_SLUG_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRightsCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Company rights, held through company membership */
                        company: {
                            key: string;
                            description: string;
                        }[];
                        /** @description App backoffice rights, held through roles and direct rights */
                        app: {
                            key: string;
                            description: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: INSUFFICIENT_SCOPE, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCustomRights: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            key: string;
                            name: string;
                            description: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCustomRight: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    key: string;
                    name: string;
                    /** @default  */
                    description?: string;
                };
            };
        };
        responses: {
            /** @description A custom right of an application */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: string;
                        name: string;
                        description: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: RIGHT_KEY_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCustomRight: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The custom right's key */
                right: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A custom right of an application, and what uses it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: string;
                        name: string;
                        description: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        usedBy: {
                            /** @description Roles that hold the right */
                            roles: {
                                key: string;
                                name: string;
                            }[];
                            /** @description Data rules whose condition tests the right (`"key" in user.rights`, or `user.rights.exists(...)`); found in the parsed condition, so a string that merely spells the key elsewhere does not count. null when the caller may not read the data rules (app.dataformats.read) */
                            rules: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "grant" | "guard" | "fieldCondition";
                                /** @description The collection key the rule is about */
                                collection: string;
                                /** @description The actions a grant or guard is about; empty for a field condition */
                                actions: string[];
                                /** @description For a field condition: read or write */
                                access: ("read" | "write") | null;
                                /** @description The condition as builders read it */
                                condition: string;
                            }[] | null;
                        };
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCustomRight: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The custom right's key */
                right: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, DELEGATION_CEILING, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCustomRight: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The custom right's key */
                right: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description A custom right of an application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: string;
                        name: string;
                        description: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            key: string;
                            name: string;
                            description: string;
                            /** @description Team member: an internal user */
                            internal: boolean;
                            /** @description Modify app: implies every backoffice right */
                            builder: boolean;
                            /** @description Access all data: bypasses the data rules */
                            allData: boolean;
                            /** @description Holders must have two-factor authentication on to work in this app */
                            forceMfa: boolean;
                            /** @description The rights the role names */
                            rights: string[];
                            /** @description What holders get from it (builder adds every backoffice right) */
                            effectiveRights: string[];
                            defaultFor: ("team_admin" | "user") | null;
                            /** @description How many app users hold it */
                            users: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    key: string;
                    name: string;
                    /** @default  */
                    description?: string;
                    /** @default false */
                    internal?: boolean;
                    /** @default false */
                    builder?: boolean;
                    /** @default false */
                    allData?: boolean;
                    /** @default false */
                    forceMfa?: boolean;
                    /** @default [] */
                    rights?: string[];
                };
            };
        };
        responses: {
            /** @description A role */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: string;
                        name: string;
                        description: string;
                        /** @description Team member: an internal user */
                        internal: boolean;
                        /** @description Modify app: implies every backoffice right */
                        builder: boolean;
                        /** @description Access all data: bypasses the data rules */
                        allData: boolean;
                        /** @description Holders must have two-factor authentication on to work in this app */
                        forceMfa: boolean;
                        /** @description The rights the role names */
                        rights: string[];
                        /** @description What holders get from it (builder adds every backoffice right) */
                        effectiveRights: string[];
                        defaultFor: ("team_admin" | "user") | null;
                        /** @description How many app users hold it */
                        users: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, UNKNOWN_RIGHTS, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, DELEGATION_CEILING, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: ROLE_KEY_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The role's key */
                role: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: string;
                        name: string;
                        description: string;
                        /** @description Team member: an internal user */
                        internal: boolean;
                        /** @description Modify app: implies every backoffice right */
                        builder: boolean;
                        /** @description Access all data: bypasses the data rules */
                        allData: boolean;
                        /** @description Holders must have two-factor authentication on to work in this app */
                        forceMfa: boolean;
                        /** @description The rights the role names */
                        rights: string[];
                        /** @description What holders get from it (builder adds every backoffice right) */
                        effectiveRights: string[];
                        defaultFor: ("team_admin" | "user") | null;
                        /** @description How many app users hold it */
                        users: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteRole: {
        parameters: {
            query?: {
                /** @description The role that users of the deleted role move to */
                replacement?: string;
                /** @description true: check the change, report its impact, roll it back; nothing is saved */
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The role's key */
                role: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        dryRun: true;
                        /** @description Who gains and who loses access, and on how many records */
                        impact: {
                            /** @description True when no app user gains or loses anything on any record */
                            unchanged: boolean;
                            readonly collections: {
                                collection: string;
                                /** @enum {string} */
                                action: "read" | "create" | "update" | "delete";
                                usersGaining: number;
                                usersLosing: number;
                                /** @description Distinct records some user gains */
                                recordsGaining: number;
                                /** @description Distinct records some user loses */
                                recordsLosing: number;
                                readonly fields: {
                                    field: string;
                                    /** @enum {string} */
                                    access: "read" | "update";
                                    usersGaining: number;
                                    usersLosing: number;
                                    /** @description Distinct records some user gains */
                                    recordsGaining: number;
                                    /** @description Distinct records some user loses */
                                    recordsLosing: number;
                                }[];
                            }[];
                            readonly users: {
                                userId: string;
                                email: string;
                                readonly gains: string[];
                                readonly losses: string[];
                                /** @description The gains and losses counted, per collection, action and field */
                                readonly changes: {
                                    collection: string;
                                    /** @enum {string} */
                                    action: "read" | "create" | "update" | "delete";
                                    /** @description Absent when whole records are gained or lost */
                                    field?: string;
                                    gained: number;
                                    lost: number;
                                }[];
                            }[];
                        };
                        movedUsers: number;
                    };
                };
            };
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: UNKNOWN_ROLES, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, DELEGATION_CEILING, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: DEFAULT_ROLE, ROLE_IN_USE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateRole: {
        parameters: {
            query?: {
                /** @description true: check the change, report its impact, roll it back; nothing is saved */
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The role's key */
                role: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    internal?: boolean;
                    builder?: boolean;
                    allData?: boolean;
                    forceMfa?: boolean;
                    rights?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        dryRun: true;
                        /** @description Who gains and who loses access, and on how many records */
                        impact: {
                            /** @description True when no app user gains or loses anything on any record */
                            unchanged: boolean;
                            readonly collections: {
                                collection: string;
                                /** @enum {string} */
                                action: "read" | "create" | "update" | "delete";
                                usersGaining: number;
                                usersLosing: number;
                                /** @description Distinct records some user gains */
                                recordsGaining: number;
                                /** @description Distinct records some user loses */
                                recordsLosing: number;
                                readonly fields: {
                                    field: string;
                                    /** @enum {string} */
                                    access: "read" | "update";
                                    usersGaining: number;
                                    usersLosing: number;
                                    /** @description Distinct records some user gains */
                                    recordsGaining: number;
                                    /** @description Distinct records some user loses */
                                    recordsLosing: number;
                                }[];
                            }[];
                            readonly users: {
                                userId: string;
                                email: string;
                                readonly gains: string[];
                                readonly losses: string[];
                                /** @description The gains and losses counted, per collection, action and field */
                                readonly changes: {
                                    collection: string;
                                    /** @enum {string} */
                                    action: "read" | "create" | "update" | "delete";
                                    /** @description Absent when whole records are gained or lost */
                                    field?: string;
                                    gained: number;
                                    lost: number;
                                }[];
                            }[];
                        };
                        /** @description A role */
                        role: {
                            key: string;
                            name: string;
                            description: string;
                            /** @description Team member: an internal user */
                            internal: boolean;
                            /** @description Modify app: implies every backoffice right */
                            builder: boolean;
                            /** @description Access all data: bypasses the data rules */
                            allData: boolean;
                            /** @description Holders must have two-factor authentication on to work in this app */
                            forceMfa: boolean;
                            /** @description The rights the role names */
                            rights: string[];
                            /** @description What holders get from it (builder adds every backoffice right) */
                            effectiveRights: string[];
                            defaultFor: ("team_admin" | "user") | null;
                            /** @description How many app users hold it */
                            users: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    } | {
                        key: string;
                        name: string;
                        description: string;
                        /** @description Team member: an internal user */
                        internal: boolean;
                        /** @description Modify app: implies every backoffice right */
                        builder: boolean;
                        /** @description Access all data: bypasses the data rules */
                        allData: boolean;
                        /** @description Holders must have two-factor authentication on to work in this app */
                        forceMfa: boolean;
                        /** @description The rights the role names */
                        rights: string[];
                        /** @description What holders get from it (builder adds every backoffice right) */
                        effectiveRights: string[];
                        defaultFor: ("team_admin" | "user") | null;
                        /** @description How many app users hold it */
                        users: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, UNKNOWN_RIGHTS, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, DELEGATION_CEILING, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUserAttributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Usable in conditions as user.<key> */
                            key: string;
                            name: string;
                            /** @enum {string} */
                            type: "text" | "integer" | "decimal" | "boolean" | "date" | "singleSelect" | "multiSelect";
                            /** @description The choices of a select; empty for other types */
                            options: string[];
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUserAttribute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    key: string;
                    name: string;
                    /** @enum {string} */
                    type: "text" | "integer" | "decimal" | "boolean" | "date" | "singleSelect" | "multiSelect";
                    /** @default [] */
                    options?: string[];
                };
            };
        };
        responses: {
            /** @description A custom user attribute */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Usable in conditions as user.<key> */
                        key: string;
                        name: string;
                        /** @enum {string} */
                        type: "text" | "integer" | "decimal" | "boolean" | "date" | "singleSelect" | "multiSelect";
                        /** @description The choices of a select; empty for other types */
                        options: string[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: ATTRIBUTE_KEY_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUserAttribute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The user attribute's key */
                attribute: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A custom user attribute */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Usable in conditions as user.<key> */
                        key: string;
                        name: string;
                        /** @enum {string} */
                        type: "text" | "integer" | "decimal" | "boolean" | "date" | "singleSelect" | "multiSelect";
                        /** @description The choices of a select; empty for other types */
                        options: string[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUserAttribute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The user attribute's key */
                attribute: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: ATTRIBUTE_IN_USE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUserAttribute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The user attribute's key */
                attribute: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    options?: string[];
                };
            };
        };
        responses: {
            /** @description A custom user attribute */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Usable in conditions as user.<key> */
                        key: string;
                        name: string;
                        /** @enum {string} */
                        type: "text" | "integer" | "decimal" | "boolean" | "date" | "singleSelect" | "multiSelect";
                        /** @description The choices of a select; empty for other types */
                        options: string[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: OPTION_IN_USE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAppUsers: {
        parameters: {
            query?: {
                /** @description Part of the email or name */
                search?: string;
                /** @description Only the users who hold this role (its key) */
                role?: string;
                /** @description Only the users with this status */
                status?: "active" | "suspended";
                /** @description Users per page, 1 to 200 */
                limit?: number;
                /** @description The cursor `next` of the previous page */
                after?: string;
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            accountId: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "suspended";
                            /** @description Also a member of the owning company */
                            member: boolean;
                            roles: string[];
                            directRights: string[];
                            attributes: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addAppUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    roles?: string[];
                    /** @default [] */
                    directRights?: string[];
                    /**
                     * @description Custom user attribute values by key; null clears one
                     * @default {}
                     */
                    attributes?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description An app user */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        status: "active" | "suspended";
                        /** @description Also a member of the owning company */
                        member: boolean;
                        roles: string[];
                        directRights: string[];
                        attributes: {
                            [key: string]: unknown;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, UNKNOWN_ROLES, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: ALREADY_APP_USER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAppUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    roles?: string[];
                    /** @default [] */
                    directRights?: string[];
                    /**
                     * @description Custom user attribute values by key; null clears one
                     * @default {}
                     */
                    attributes?: {
                        [key: string]: unknown;
                    };
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description An app user */
                        user: {
                            /** Format: uuid */
                            accountId: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "suspended";
                            /** @description Also a member of the owning company */
                            member: boolean;
                            roles: string[];
                            directRights: string[];
                            attributes: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        /** @description Shown once; the person changes it at first sign-in */
                        temporaryPassword: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, UNKNOWN_ROLES, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: EMAIL_IN_USE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAppUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The account's id (the person's, across companies and apps) */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An app user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        status: "active" | "suspended";
                        /** @description Also a member of the owning company */
                        member: boolean;
                        roles: string[];
                        directRights: string[];
                        attributes: {
                            [key: string]: unknown;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeAppUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The account's id (the person's, across companies and apps) */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, DELEGATION_CEILING, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateAppUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The account's id (the person's, across companies and apps) */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status?: "active" | "suspended";
                    /** @description Custom user attribute values by key; null clears one */
                    attributes?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description An app user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        status: "active" | "suspended";
                        /** @description Also a member of the owning company */
                        member: boolean;
                        roles: string[];
                        directRights: string[];
                        attributes: {
                            [key: string]: unknown;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, DELEGATION_CEILING, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: CANNOT_CHANGE_OWN_STATUS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAppUserPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The account's id (the person's, across companies and apps) */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        /** @description null: a company member not yet in this app */
                        appUser: ("active" | "suspended") | null;
                        roles: string[];
                        directRights: string[];
                        /** @description What the roles and direct rights add up to */
                        effective: {
                            /** @description Direct rights ∪ role rights; builder adds every backoffice right */
                            rights: string[];
                            internal: boolean;
                            builder: boolean;
                            allData: boolean;
                            forceMfa: boolean;
                        };
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setAppUserPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The account's id (the person's, across companies and apps) */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Role keys */
                    roles: string[];
                    /** @description Backoffice rights and custom right keys, given directly */
                    directRights: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        /** @description null: a company member not yet in this app */
                        appUser: ("active" | "suspended") | null;
                        roles: string[];
                        directRights: string[];
                        /** @description What the roles and direct rights add up to */
                        effective: {
                            /** @description Direct rights ∪ role rights; builder adds every backoffice right */
                            rights: string[];
                            internal: boolean;
                            builder: boolean;
                            allData: boolean;
                            forceMfa: boolean;
                        };
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, UNKNOWN_ROLES, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, DELEGATION_CEILING, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: CONCURRENT_CHANGE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    registerIntoApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                    name: string;
                    /**
                     * @description Answers to the app's register form, by attribute key
                     * @default {}
                     */
                    answers?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "verification_sent";
                        message: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, PASSWORD_TOO_LONG, PASSWORD_TOO_SHORT, PASSWORD_TOO_WEAK, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: CSRF_ORIGIN_MISMATCH, REGISTRATION_CLOSED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: EMAIL_IN_USE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    joinApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Answers to the app's register form, by attribute key
                     * @default {}
                     */
                    answers?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        appId: string;
                        /** @enum {string} */
                        status: "active" | "suspended";
                        roles: string[];
                        attributes: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, PASSWORD_CHANGE_REQUIRED, REGISTRATION_CLOSED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: ALREADY_APP_USER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRegisterForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        registration: "open" | "closed";
                        fields: {
                            attribute: string;
                            label: string;
                            required: boolean;
                            /** @enum {string} */
                            type: "text" | "integer" | "decimal" | "boolean" | "date" | "singleSelect" | "multiSelect";
                            options: string[];
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: REGISTRATION_CLOSED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setRegisterForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fields: {
                        /** @description The user attribute the answer is stored in */
                        attribute: string;
                        label: string;
                        /** @default false */
                        required?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        registration: "open" | "closed";
                        fields: {
                            attribute: string;
                            label: string;
                            required: boolean;
                            /** @enum {string} */
                            type: "text" | "integer" | "decimal" | "boolean" | "date" | "singleSelect" | "multiSelect";
                            options: string[];
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCollections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            key: string;
                            name: string;
                            description: string;
                            restricted: boolean;
                            /** @description 'users' for the app's users collection */
                            system: "users" | null;
                            systemFields: {
                                name: string;
                                type: string;
                                description: string;
                            }[];
                            fields: {
                                /** @description Stable: stored rules and the column refer to it */
                                id: string;
                                /** @description What conditions use: record.<name> */
                                name: string;
                                label: string;
                                /** @enum {string} */
                                type: "text" | "longText" | "integer" | "decimal" | "boolean" | "date" | "datetime" | "email" | "url" | "singleSelect" | "multiSelect" | "json" | "linkOne" | "linkMany" | "linkUser" | "linkUsers";
                                /** @description Managed by Charter (users collection); not editable here */
                                system: boolean;
                                required: boolean;
                                unique: boolean;
                                /** @description The value a new record gets when none is given; null for none */
                                default: unknown;
                                /** @description The choices of a select; empty for other types */
                                options: string[];
                                /** @description The collection a link points to */
                                target: {
                                    id: string;
                                    key: string;
                                    name: string;
                                } | null;
                                position: number;
                                createdAt: string | null;
                                updatedAt: string | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Stable, URL-safe and immutable */
                    key: string;
                    name: string;
                    /** @default  */
                    description?: string;
                    /**
                     * @description On: only what data rules grant is allowed (secure by default). Off: every app user may do everything
                     * @default true
                     */
                    restricted?: boolean;
                };
            };
        };
        responses: {
            /** @description A collection */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        key: string;
                        name: string;
                        description: string;
                        restricted: boolean;
                        /** @description 'users' for the app's users collection */
                        system: "users" | null;
                        systemFields: {
                            name: string;
                            type: string;
                            description: string;
                        }[];
                        fields: {
                            /** @description Stable: stored rules and the column refer to it */
                            id: string;
                            /** @description What conditions use: record.<name> */
                            name: string;
                            label: string;
                            /** @enum {string} */
                            type: "text" | "longText" | "integer" | "decimal" | "boolean" | "date" | "datetime" | "email" | "url" | "singleSelect" | "multiSelect" | "json" | "linkOne" | "linkMany" | "linkUser" | "linkUsers";
                            /** @description Managed by Charter (users collection); not editable here */
                            system: boolean;
                            required: boolean;
                            unique: boolean;
                            /** @description The value a new record gets when none is given; null for none */
                            default: unknown;
                            /** @description The choices of a select; empty for other types */
                            options: string[];
                            /** @description The collection a link points to */
                            target: {
                                id: string;
                                key: string;
                                name: string;
                            } | null;
                            position: number;
                            createdAt: string | null;
                            updatedAt: string | null;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: COLLECTION_KEY_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The collection key or id */
                collection: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A collection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        key: string;
                        name: string;
                        description: string;
                        restricted: boolean;
                        /** @description 'users' for the app's users collection */
                        system: "users" | null;
                        systemFields: {
                            name: string;
                            type: string;
                            description: string;
                        }[];
                        fields: {
                            /** @description Stable: stored rules and the column refer to it */
                            id: string;
                            /** @description What conditions use: record.<name> */
                            name: string;
                            label: string;
                            /** @enum {string} */
                            type: "text" | "longText" | "integer" | "decimal" | "boolean" | "date" | "datetime" | "email" | "url" | "singleSelect" | "multiSelect" | "json" | "linkOne" | "linkMany" | "linkUser" | "linkUsers";
                            /** @description Managed by Charter (users collection); not editable here */
                            system: boolean;
                            required: boolean;
                            unique: boolean;
                            /** @description The value a new record gets when none is given; null for none */
                            default: unknown;
                            /** @description The choices of a select; empty for other types */
                            options: string[];
                            /** @description The collection a link points to */
                            target: {
                                id: string;
                                key: string;
                                name: string;
                            } | null;
                            position: number;
                            createdAt: string | null;
                            updatedAt: string | null;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The collection key or id */
                collection: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: COLLECTION_IN_USE, USERS_COLLECTION_MANAGED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The collection key or id */
                collection: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    /** @description On: only what data rules grant is allowed (secure by default). Off: every app user may do everything */
                    restricted?: boolean;
                };
            };
        };
        responses: {
            /** @description A collection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        key: string;
                        name: string;
                        description: string;
                        restricted: boolean;
                        /** @description 'users' for the app's users collection */
                        system: "users" | null;
                        systemFields: {
                            name: string;
                            type: string;
                            description: string;
                        }[];
                        fields: {
                            /** @description Stable: stored rules and the column refer to it */
                            id: string;
                            /** @description What conditions use: record.<name> */
                            name: string;
                            label: string;
                            /** @enum {string} */
                            type: "text" | "longText" | "integer" | "decimal" | "boolean" | "date" | "datetime" | "email" | "url" | "singleSelect" | "multiSelect" | "json" | "linkOne" | "linkMany" | "linkUser" | "linkUsers";
                            /** @description Managed by Charter (users collection); not editable here */
                            system: boolean;
                            required: boolean;
                            unique: boolean;
                            /** @description The value a new record gets when none is given; null for none */
                            default: unknown;
                            /** @description The choices of a select; empty for other types */
                            options: string[];
                            /** @description The collection a link points to */
                            target: {
                                id: string;
                                key: string;
                                name: string;
                            } | null;
                            position: number;
                            createdAt: string | null;
                            updatedAt: string | null;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The collection key or id */
                collection: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A CEL identifier: conditions write record.<name> */
                    name: string;
                    /** @description Shown to people; the name by default */
                    label?: string;
                    /** @enum {string} */
                    type: "text" | "longText" | "integer" | "decimal" | "boolean" | "date" | "datetime" | "email" | "url" | "singleSelect" | "multiSelect" | "json" | "linkOne" | "linkMany" | "linkUser" | "linkUsers";
                    /** @default false */
                    required?: boolean;
                    /** @default false */
                    unique?: boolean;
                    /** @description The value new records get when none is given; null for none */
                    default?: unknown;
                    /** @description The choices of a select */
                    options?: string[];
                    /** @description For linkOne / linkMany: the key or id of a collection of this application */
                    target?: string;
                };
            };
        };
        responses: {
            /** @description A field */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable: stored rules and the column refer to it */
                        id: string;
                        /** @description What conditions use: record.<name> */
                        name: string;
                        label: string;
                        /** @enum {string} */
                        type: "text" | "longText" | "integer" | "decimal" | "boolean" | "date" | "datetime" | "email" | "url" | "singleSelect" | "multiSelect" | "json" | "linkOne" | "linkMany" | "linkUser" | "linkUsers";
                        /** @description Managed by Charter (users collection); not editable here */
                        system: boolean;
                        required: boolean;
                        unique: boolean;
                        /** @description The value a new record gets when none is given; null for none */
                        default: unknown;
                        /** @description The choices of a select; empty for other types */
                        options: string[];
                        /** @description The collection a link points to */
                        target: {
                            id: string;
                            key: string;
                            name: string;
                        } | null;
                        position: number;
                        createdAt: string | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: FIELD_HAS_EMPTY_VALUES, FIELD_NAME_TAKEN, USERS_COLLECTION_MANAGED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The collection key or id */
                collection: string;
                /** @description The field id or its current name */
                field: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A field */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable: stored rules and the column refer to it */
                        id: string;
                        /** @description What conditions use: record.<name> */
                        name: string;
                        label: string;
                        /** @enum {string} */
                        type: "text" | "longText" | "integer" | "decimal" | "boolean" | "date" | "datetime" | "email" | "url" | "singleSelect" | "multiSelect" | "json" | "linkOne" | "linkMany" | "linkUser" | "linkUsers";
                        /** @description Managed by Charter (users collection); not editable here */
                        system: boolean;
                        required: boolean;
                        unique: boolean;
                        /** @description The value a new record gets when none is given; null for none */
                        default: unknown;
                        /** @description The choices of a select; empty for other types */
                        options: string[];
                        /** @description The collection a link points to */
                        target: {
                            id: string;
                            key: string;
                            name: string;
                        } | null;
                        position: number;
                        createdAt: string | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The collection key or id */
                collection: string;
                /** @description The field id or its current name */
                field: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: FIELD_IN_USE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The collection key or id */
                collection: string;
                /** @description The field id or its current name */
                field: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Renaming keeps every rule working: rules store the field id */
                    name?: string;
                    label?: string;
                    required?: boolean;
                    unique?: boolean;
                    /** @description The value new records get when none is given; null for none */
                    default?: unknown;
                    /** @description The choices of a select */
                    options?: string[];
                };
            };
        };
        responses: {
            /** @description A field */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable: stored rules and the column refer to it */
                        id: string;
                        /** @description What conditions use: record.<name> */
                        name: string;
                        label: string;
                        /** @enum {string} */
                        type: "text" | "longText" | "integer" | "decimal" | "boolean" | "date" | "datetime" | "email" | "url" | "singleSelect" | "multiSelect" | "json" | "linkOne" | "linkMany" | "linkUser" | "linkUsers";
                        /** @description Managed by Charter (users collection); not editable here */
                        system: boolean;
                        required: boolean;
                        unique: boolean;
                        /** @description The value a new record gets when none is given; null for none */
                        default: unknown;
                        /** @description The choices of a select; empty for other types */
                        options: string[];
                        /** @description The collection a link points to */
                        target: {
                            id: string;
                            key: string;
                            name: string;
                        } | null;
                        position: number;
                        createdAt: string | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: FIELD_HAS_DUPLICATES, FIELD_HAS_EMPTY_VALUES, FIELD_NAME_TAKEN, OPTION_IN_USE, USERS_COLLECTION_MANAGED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRecords: {
        parameters: {
            query?: {
                /** @description CEL over fields you can read */
                filter?: string;
                /** @description field,-field */
                sort?: string;
                /** @description The fields to return, comma-separated (`rel.field` reaches through an expanded link) */
                fields?: string;
                /** @description Text to find in the searchable fields you may read */
                search?: string;
                /** @description Records per page, 1 to 500 */
                limit?: number;
                /** @description The `next` cursor of the previous page */
                after?: string;
                /** @description `can` adds `_can` {update, delete} and `_fields` {readable, updatable} to each record */
                meta?: "can";
                /** @description Links to replace by the linked records you may read: `position,position.hiringManager` (depth ≤ 3) */
                expand?: string;
                /** @description `true` adds the number of records you may read that match */
                count?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The collection's key or id */
                collection: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            [key: string]: unknown;
                        }[];
                        /** @description Cursor of the next page, or null */
                        next: string | null;
                        count?: number;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: EXPAND_TOO_DEEP, NOT_A_LINK, POLICY_INVALID_QUERY, POLICY_SYNTAX_ERROR, POLICY_UNKNOWN_IDENTIFIER, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, NOT_AN_APP_USER, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The collection's key or id */
                collection: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    values: unknown;
                };
            };
        };
        responses: {
            /** @description A record */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: LINK_TARGET_NOT_FOUND, MALFORMED_JSON, READ_ONLY_COLLECTION, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FIELD_WRITE_DENIED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, RECORD_WRITE_DENIED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: UNIQUE_VIOLATION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRecord: {
        parameters: {
            query?: {
                /** @description `can` adds `_can` {update, delete} and `_fields` {readable, updatable} to each record */
                meta?: "can";
                /** @description Links to replace by the linked records you may read: `position,position.hiringManager` (depth ≤ 3) */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The collection's key or id */
                collection: string;
                /** @description The record's id */
                record: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: EXPAND_TOO_DEEP, NOT_A_LINK, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The collection's key or id */
                collection: string;
                /** @description The record's id */
                record: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: READ_ONLY_COLLECTION, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, RECORD_WRITE_DENIED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The collection's key or id */
                collection: string;
                /** @description The record's id */
                record: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    values: unknown;
                };
            };
        };
        responses: {
            /** @description A record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, READ_ONLY_COLLECTION, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FIELD_WRITE_DENIED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, RECORD_WRITE_DENIED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bulkWriteRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The collection's key or id */
                collection: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    operations: ({
                        /** @enum {string} */
                        op: "create";
                        values: unknown;
                    } | {
                        /** @enum {string} */
                        op: "update";
                        id: string;
                        values: unknown;
                    } | {
                        /** @enum {string} */
                        op: "delete";
                        id: string;
                    })[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: {
                            /** @enum {string} */
                            op: "create" | "update" | "delete";
                            id: string;
                            /** @description A record */
                            record?: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, READ_ONLY_COLLECTION, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FIELD_WRITE_DENIED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, RECORD_WRITE_DENIED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listReadableCollections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            key: string;
                            name: string;
                            description: string;
                            /** @description The app's users collection: read here, changed through app users */
                            users: boolean;
                            can: {
                                /** @description False for a collection you may only add records to, as with an application form */
                                read: boolean;
                                /** @description A create rule opens the collection (its condition may still refuse) */
                                create: boolean;
                                update: boolean;
                                delete: boolean;
                            };
                            /** @description Only fields you may read, create or update on some record, in data-model order */
                            fields: {
                                name: string;
                                label: string;
                                type: string;
                                required: boolean;
                                unique: boolean;
                                default: unknown;
                                options: string[];
                                target: {
                                    key: string;
                                    name: string;
                                } | null;
                                /**
                                 * @description `always`: on every record you may reach; `some`: a condition decides per record; `never`
                                 * @enum {string}
                                 */
                                read: "always" | "some" | "never";
                                /**
                                 * @description `always`: on every record you may reach; `some`: a condition decides per record; `never`
                                 * @enum {string}
                                 */
                                create: "always" | "some" | "never";
                                /**
                                 * @description `always`: on every record you may reach; `some`: a condition decides per record; `never`
                                 * @enum {string}
                                 */
                                update: "always" | "some" | "never";
                            }[];
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, NOT_AN_APP_USER, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportRecords: {
        parameters: {
            query?: {
                /** @description CEL over fields you can read */
                filter?: string;
                /** @description field,-field */
                sort?: string;
                /** @description The fields to return, comma-separated (`rel.field` reaches through an expanded link) */
                fields?: string;
                /** @description Text to find in the searchable fields you may read */
                search?: string;
                /** @description `csv` (a header of field names, then one row per record) or `json` (an array of records) */
                format?: "csv" | "json";
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The collection's key or id */
                collection: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: text/csv or application/json, sent as it is read. Links are ids; in CSV, lists and JSON values are JSON text in their cell, and a field hidden on a row is an empty cell. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description The request is malformed or a value is invalid: POLICY_INVALID_QUERY, POLICY_SYNTAX_ERROR, POLICY_UNKNOWN_IDENTIFIER, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, NOT_AN_APP_USER, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importRecords: {
        parameters: {
            query?: {
                /** @description `all`: one refused row and nothing is written. `valid`: the rows that pass are written */
                mode?: "all" | "valid";
                /** @description `true` checks every row exactly as the import would, then writes nothing */
                dryRun?: "true" | "false";
                /** @description `true` answers NDJSON: `{"type":"progress",…}` lines as rows are checked, then one `{"type":"result","report":…}` or `{"type":"error","error":…}` line */
                progress?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The collection's key or id */
                collection: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description `checked`: a dry run. `written`. `refused`: mode `all` and some row was refused, so nothing was written
                         * @enum {string}
                         */
                        outcome: "checked" | "written" | "refused";
                        /** @enum {string} */
                        mode: "all" | "valid";
                        dryRun: boolean;
                        rows: number;
                        /** @description Rows that pass every check */
                        valid: number;
                        invalid: number;
                        /** @description Records created (0 unless written) */
                        created: number;
                        /** @description Records updated (0 unless written) */
                        updated: number;
                        /** @description Per refused row, each reason; at most 1,000 */
                        problems: {
                            /** @description 1 is the first record of the file (after a CSV header) */
                            row: number;
                            /** @description The field at fault, or null when the row as a whole is refused */
                            field: string | null;
                            /** @description The code a single write would have answered: VALIDATION_FAILED, FIELD_WRITE_DENIED, … */
                            code: string;
                            message: string;
                        }[];
                        /** @description Problems beyond those listed */
                        problemsOmitted: number;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: IMPORT_MALFORMED, READ_ONLY_COLLECTION, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, NOT_AN_APP_USER, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: IMPORT_TOO_LARGE, IMPORT_TOO_MANY_ROWS */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: IMPORT_UNSUPPORTED_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRules: {
        parameters: {
            query?: {
                /** @description A collection key: only its rules */
                collection?: string;
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "grant" | "guard" | "fieldCondition";
                            name: string;
                            description: string;
                            /** @description The collection key */
                            collection: string;
                            to: {
                                roles?: string[];
                                /** @enum {string} */
                                audience?: "everyone" | "internal" | "external" | "anonymous";
                            };
                            actions: string[];
                            condition: string | null;
                            fields: (string[] | {
                                [key: string]: string[];
                            }) | null;
                            access: ("read" | "write") | null;
                            /** @description False when the schema changed under the rule; it then counts as false */
                            valid: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createRule: {
        parameters: {
            query?: {
                /** @description true: check the change, report its impact, roll it back; nothing is saved */
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "grant" | "guard" | "fieldCondition";
                    name: string;
                    /** @default  */
                    description?: string;
                    /** @description The collection key */
                    collection: string;
                    /** @description Role keys and/or an audience; roles with Access All Data are refused (rules do not apply to them) */
                    to: {
                        roles?: string[];
                        /** @enum {string} */
                        audience?: "everyone" | "internal" | "external" | "anonymous";
                    };
                    /**
                     * @description Grants and guards: the actions it covers
                     * @default []
                     */
                    actions?: ("read" | "create" | "update" | "delete")[];
                    /** @description CEL over record.<field name>, user.* and now; checked against the schema when saved */
                    condition?: string;
                    /** @description Field names */
                    fields?: string[] | {
                        [key: string]: string[];
                    };
                    /**
                     * @description A field condition: 'read', or 'write' (create and update)
                     * @enum {string}
                     */
                    access?: "read" | "write";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        dryRun: true;
                        /** @description Who gains and who loses access, and on how many records */
                        impact: {
                            /** @description True when no app user gains or loses anything on any record */
                            unchanged: boolean;
                            readonly collections: {
                                collection: string;
                                /** @enum {string} */
                                action: "read" | "create" | "update" | "delete";
                                usersGaining: number;
                                usersLosing: number;
                                /** @description Distinct records some user gains */
                                recordsGaining: number;
                                /** @description Distinct records some user loses */
                                recordsLosing: number;
                                readonly fields: {
                                    field: string;
                                    /** @enum {string} */
                                    access: "read" | "update";
                                    usersGaining: number;
                                    usersLosing: number;
                                    /** @description Distinct records some user gains */
                                    recordsGaining: number;
                                    /** @description Distinct records some user loses */
                                    recordsLosing: number;
                                }[];
                            }[];
                            readonly users: {
                                userId: string;
                                email: string;
                                readonly gains: string[];
                                readonly losses: string[];
                                /** @description The gains and losses counted, per collection, action and field */
                                readonly changes: {
                                    collection: string;
                                    /** @enum {string} */
                                    action: "read" | "create" | "update" | "delete";
                                    /** @description Absent when whole records are gained or lost */
                                    field?: string;
                                    gained: number;
                                    lost: number;
                                }[];
                            }[];
                        };
                        /** @description A data rule */
                        rule?: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "grant" | "guard" | "fieldCondition";
                            name: string;
                            description: string;
                            /** @description The collection key */
                            collection: string;
                            to: {
                                roles?: string[];
                                /** @enum {string} */
                                audience?: "everyone" | "internal" | "external" | "anonymous";
                            };
                            actions: string[];
                            condition: string | null;
                            fields: (string[] | {
                                [key: string]: string[];
                            }) | null;
                            access: ("read" | "write") | null;
                            /** @description False when the schema changed under the rule; it then counts as false */
                            valid: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        warnings?: {
                            code: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A data rule */
                        rule: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "grant" | "guard" | "fieldCondition";
                            name: string;
                            description: string;
                            /** @description The collection key */
                            collection: string;
                            to: {
                                roles?: string[];
                                /** @enum {string} */
                                audience?: "everyone" | "internal" | "external" | "anonymous";
                            };
                            actions: string[];
                            condition: string | null;
                            fields: (string[] | {
                                [key: string]: string[];
                            }) | null;
                            access: ("read" | "write") | null;
                            /** @description False when the schema changed under the rule; it then counts as false */
                            valid: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        warnings: {
                            code: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, RULE_INVALID, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The rule's id */
                rule: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A data rule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "grant" | "guard" | "fieldCondition";
                        name: string;
                        description: string;
                        /** @description The collection key */
                        collection: string;
                        to: {
                            roles?: string[];
                            /** @enum {string} */
                            audience?: "everyone" | "internal" | "external" | "anonymous";
                        };
                        actions: string[];
                        condition: string | null;
                        fields: (string[] | {
                            [key: string]: string[];
                        }) | null;
                        access: ("read" | "write") | null;
                        /** @description False when the schema changed under the rule; it then counts as false */
                        valid: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteRule: {
        parameters: {
            query?: {
                /** @description true: check the change, report its impact, roll it back; nothing is saved */
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The rule's id */
                rule: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        dryRun: true;
                        /** @description Who gains and who loses access, and on how many records */
                        impact: {
                            /** @description True when no app user gains or loses anything on any record */
                            unchanged: boolean;
                            readonly collections: {
                                collection: string;
                                /** @enum {string} */
                                action: "read" | "create" | "update" | "delete";
                                usersGaining: number;
                                usersLosing: number;
                                /** @description Distinct records some user gains */
                                recordsGaining: number;
                                /** @description Distinct records some user loses */
                                recordsLosing: number;
                                readonly fields: {
                                    field: string;
                                    /** @enum {string} */
                                    access: "read" | "update";
                                    usersGaining: number;
                                    usersLosing: number;
                                    /** @description Distinct records some user gains */
                                    recordsGaining: number;
                                    /** @description Distinct records some user loses */
                                    recordsLosing: number;
                                }[];
                            }[];
                            readonly users: {
                                userId: string;
                                email: string;
                                readonly gains: string[];
                                readonly losses: string[];
                                /** @description The gains and losses counted, per collection, action and field */
                                readonly changes: {
                                    collection: string;
                                    /** @enum {string} */
                                    action: "read" | "create" | "update" | "delete";
                                    /** @description Absent when whole records are gained or lost */
                                    field?: string;
                                    gained: number;
                                    lost: number;
                                }[];
                            }[];
                        };
                        /** @description A data rule */
                        rule?: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "grant" | "guard" | "fieldCondition";
                            name: string;
                            description: string;
                            /** @description The collection key */
                            collection: string;
                            to: {
                                roles?: string[];
                                /** @enum {string} */
                                audience?: "everyone" | "internal" | "external" | "anonymous";
                            };
                            actions: string[];
                            condition: string | null;
                            fields: (string[] | {
                                [key: string]: string[];
                            }) | null;
                            access: ("read" | "write") | null;
                            /** @description False when the schema changed under the rule; it then counts as false */
                            valid: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        warnings?: {
                            code: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateRule: {
        parameters: {
            query?: {
                /** @description true: check the change, report its impact, roll it back; nothing is saved */
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The rule's id */
                rule: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    /** @description The collection key */
                    collection?: string;
                    /** @description Role keys and/or an audience; roles with Access All Data are refused (rules do not apply to them) */
                    to?: {
                        roles?: string[];
                        /** @enum {string} */
                        audience?: "everyone" | "internal" | "external" | "anonymous";
                    };
                    /** @description Grants and guards: the actions it covers */
                    actions?: ("read" | "create" | "update" | "delete")[];
                    condition?: string | null;
                    fields?: (string[] | {
                        [key: string]: string[];
                    }) | null;
                    /**
                     * @description A field condition: 'read', or 'write' (create and update)
                     * @enum {string}
                     */
                    access?: "read" | "write";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        dryRun: true;
                        /** @description Who gains and who loses access, and on how many records */
                        impact: {
                            /** @description True when no app user gains or loses anything on any record */
                            unchanged: boolean;
                            readonly collections: {
                                collection: string;
                                /** @enum {string} */
                                action: "read" | "create" | "update" | "delete";
                                usersGaining: number;
                                usersLosing: number;
                                /** @description Distinct records some user gains */
                                recordsGaining: number;
                                /** @description Distinct records some user loses */
                                recordsLosing: number;
                                readonly fields: {
                                    field: string;
                                    /** @enum {string} */
                                    access: "read" | "update";
                                    usersGaining: number;
                                    usersLosing: number;
                                    /** @description Distinct records some user gains */
                                    recordsGaining: number;
                                    /** @description Distinct records some user loses */
                                    recordsLosing: number;
                                }[];
                            }[];
                            readonly users: {
                                userId: string;
                                email: string;
                                readonly gains: string[];
                                readonly losses: string[];
                                /** @description The gains and losses counted, per collection, action and field */
                                readonly changes: {
                                    collection: string;
                                    /** @enum {string} */
                                    action: "read" | "create" | "update" | "delete";
                                    /** @description Absent when whole records are gained or lost */
                                    field?: string;
                                    gained: number;
                                    lost: number;
                                }[];
                            }[];
                        };
                        /** @description A data rule */
                        rule?: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "grant" | "guard" | "fieldCondition";
                            name: string;
                            description: string;
                            /** @description The collection key */
                            collection: string;
                            to: {
                                roles?: string[];
                                /** @enum {string} */
                                audience?: "everyone" | "internal" | "external" | "anonymous";
                            };
                            actions: string[];
                            condition: string | null;
                            fields: (string[] | {
                                [key: string]: string[];
                            }) | null;
                            access: ("read" | "write") | null;
                            /** @description False when the schema changed under the rule; it then counts as false */
                            valid: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        warnings?: {
                            code: string;
                            message: string;
                        }[];
                    } | {
                        /** @description A data rule */
                        rule: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "grant" | "guard" | "fieldCondition";
                            name: string;
                            description: string;
                            /** @description The collection key */
                            collection: string;
                            to: {
                                roles?: string[];
                                /** @enum {string} */
                                audience?: "everyone" | "internal" | "external" | "anonymous";
                            };
                            actions: string[];
                            condition: string | null;
                            fields: (string[] | {
                                [key: string]: string[];
                            }) | null;
                            access: ("read" | "write") | null;
                            /** @description False when the schema changed under the rule; it then counts as false */
                            valid: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        warnings: {
                            code: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, RULE_INVALID, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            slug: string;
                            icon: string | null;
                            parent: string | null;
                            position: number;
                            /** @description Convenience, not security: the records under a visible section still go through the data rules */
                            visibility: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition: string | null;
                            };
                            sections: ({
                                /**
                                 * Format: uuid
                                 * @description Kept across saves; given by the server to a new section
                                 */
                                id?: string;
                                /** @default  */
                                title: string;
                                /**
                                 * @description Convenience, not security: the records under a visible section still go through the data rules
                                 * @default {
                                 *       "audience": "everyone",
                                 *       "roles": [],
                                 *       "condition": null
                                 *     }
                                 */
                                visibility: {
                                    /**
                                     * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                     * @default everyone
                                     * @enum {string}
                                     */
                                    audience: "everyone" | "internal" | "external" | "roles";
                                    /**
                                     * @description Role keys, for audience 'roles': any one of them
                                     * @default []
                                     */
                                    roles: string[];
                                    /**
                                     * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                     * @default null
                                     */
                                    condition: string | null;
                                };
                                /** @enum {string} */
                                kind: "collectionView";
                                /** @description The collection key */
                                collection: string;
                                /**
                                 * @default table
                                 * @enum {string}
                                 */
                                layout: "table" | "list" | "cards";
                                /**
                                 * @description The fields to show, in order; none shows every readable field
                                 * @default []
                                 */
                                fields: string[];
                                /** @default [] */
                                sort: {
                                    field: string;
                                    /**
                                     * @default asc
                                     * @enum {string}
                                     */
                                    direction: "asc" | "desc";
                                }[];
                                /**
                                 * @description Collection filter: CEL over record.* and user.*, ANDed on top of the data rules, never instead
                                 * @default null
                                 */
                                filter: string | null;
                            } | {
                                /**
                                 * Format: uuid
                                 * @description Kept across saves; given by the server to a new section
                                 */
                                id?: string;
                                /** @default  */
                                title: string;
                                /**
                                 * @description Convenience, not security: the records under a visible section still go through the data rules
                                 * @default {
                                 *       "audience": "everyone",
                                 *       "roles": [],
                                 *       "condition": null
                                 *     }
                                 */
                                visibility: {
                                    /**
                                     * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                     * @default everyone
                                     * @enum {string}
                                     */
                                    audience: "everyone" | "internal" | "external" | "roles";
                                    /**
                                     * @description Role keys, for audience 'roles': any one of them
                                     * @default []
                                     */
                                    roles: string[];
                                    /**
                                     * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                     * @default null
                                     */
                                    condition: string | null;
                                };
                                /** @enum {string} */
                                kind: "recordView";
                                /** @description The collection key */
                                collection: string;
                                /**
                                 * @default detail
                                 * @enum {string}
                                 */
                                mode: "detail" | "edit" | "create";
                                /**
                                 * @description The fields to show or offer, in order; none means every one the person may
                                 * @default []
                                 */
                                fields: string[];
                            } | {
                                /**
                                 * Format: uuid
                                 * @description Kept across saves; given by the server to a new section
                                 */
                                id?: string;
                                /** @default  */
                                title: string;
                                /**
                                 * @description Convenience, not security: the records under a visible section still go through the data rules
                                 * @default {
                                 *       "audience": "everyone",
                                 *       "roles": [],
                                 *       "condition": null
                                 *     }
                                 */
                                visibility: {
                                    /**
                                     * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                     * @default everyone
                                     * @enum {string}
                                     */
                                    audience: "everyone" | "internal" | "external" | "roles";
                                    /**
                                     * @description Role keys, for audience 'roles': any one of them
                                     * @default []
                                     */
                                    roles: string[];
                                    /**
                                     * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                     * @default null
                                     */
                                    condition: string | null;
                                };
                                /** @enum {string} */
                                kind: "text";
                                /** @description Markdown; rendered without HTML */
                                markdown: string;
                            } | {
                                /**
                                 * Format: uuid
                                 * @description Kept across saves; given by the server to a new section
                                 */
                                id?: string;
                                /** @default  */
                                title: string;
                                /**
                                 * @description Convenience, not security: the records under a visible section still go through the data rules
                                 * @default {
                                 *       "audience": "everyone",
                                 *       "roles": [],
                                 *       "condition": null
                                 *     }
                                 */
                                visibility: {
                                    /**
                                     * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                     * @default everyone
                                     * @enum {string}
                                     */
                                    audience: "everyone" | "internal" | "external" | "roles";
                                    /**
                                     * @description Role keys, for audience 'roles': any one of them
                                     * @default []
                                     */
                                    roles: string[];
                                    /**
                                     * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                     * @default null
                                     */
                                    condition: string | null;
                                };
                                /** @enum {string} */
                                kind: "links";
                                /** @description Buttons to other pages; a link to a page the person cannot see is left out */
                                links: {
                                    label: string;
                                    /** Format: uuid */
                                    page: string;
                                }[];
                            })[];
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @description Its address in the end-user app: /a/<app>/<slug> */
                    slug: string;
                    /** @default null */
                    icon?: string | null;
                    /**
                     * @description The page it sits under; null at the top
                     * @default null
                     */
                    parent?: string | null;
                    /**
                     * @description Order among its siblings
                     * @default 0
                     */
                    position?: number;
                    /**
                     * @description Convenience, not security: the records under a visible section still go through the data rules
                     * @default {
                     *       "audience": "everyone",
                     *       "roles": [],
                     *       "condition": null
                     *     }
                     */
                    visibility?: {
                        /**
                         * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                         * @default everyone
                         * @enum {string}
                         */
                        audience?: "everyone" | "internal" | "external" | "roles";
                        /**
                         * @description Role keys, for audience 'roles': any one of them
                         * @default []
                         */
                        roles?: string[];
                        /**
                         * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                         * @default null
                         */
                        condition?: string | null;
                    };
                    /** @default [] */
                    sections?: ({
                        /**
                         * Format: uuid
                         * @description Kept across saves; given by the server to a new section
                         */
                        id?: string;
                        /** @default  */
                        title?: string;
                        /**
                         * @description Convenience, not security: the records under a visible section still go through the data rules
                         * @default {
                         *       "audience": "everyone",
                         *       "roles": [],
                         *       "condition": null
                         *     }
                         */
                        visibility?: {
                            /**
                             * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                             * @default everyone
                             * @enum {string}
                             */
                            audience?: "everyone" | "internal" | "external" | "roles";
                            /**
                             * @description Role keys, for audience 'roles': any one of them
                             * @default []
                             */
                            roles?: string[];
                            /**
                             * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                             * @default null
                             */
                            condition?: string | null;
                        };
                        /** @enum {string} */
                        kind: "collectionView";
                        /** @description The collection key */
                        collection: string;
                        /**
                         * @default table
                         * @enum {string}
                         */
                        layout?: "table" | "list" | "cards";
                        /**
                         * @description The fields to show, in order; none shows every readable field
                         * @default []
                         */
                        fields?: string[];
                        /** @default [] */
                        sort?: {
                            field: string;
                            /**
                             * @default asc
                             * @enum {string}
                             */
                            direction?: "asc" | "desc";
                        }[];
                        /**
                         * @description Collection filter: CEL over record.* and user.*, ANDed on top of the data rules, never instead
                         * @default null
                         */
                        filter?: string | null;
                    } | {
                        /**
                         * Format: uuid
                         * @description Kept across saves; given by the server to a new section
                         */
                        id?: string;
                        /** @default  */
                        title?: string;
                        /**
                         * @description Convenience, not security: the records under a visible section still go through the data rules
                         * @default {
                         *       "audience": "everyone",
                         *       "roles": [],
                         *       "condition": null
                         *     }
                         */
                        visibility?: {
                            /**
                             * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                             * @default everyone
                             * @enum {string}
                             */
                            audience?: "everyone" | "internal" | "external" | "roles";
                            /**
                             * @description Role keys, for audience 'roles': any one of them
                             * @default []
                             */
                            roles?: string[];
                            /**
                             * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                             * @default null
                             */
                            condition?: string | null;
                        };
                        /** @enum {string} */
                        kind: "recordView";
                        /** @description The collection key */
                        collection: string;
                        /**
                         * @default detail
                         * @enum {string}
                         */
                        mode?: "detail" | "edit" | "create";
                        /**
                         * @description The fields to show or offer, in order; none means every one the person may
                         * @default []
                         */
                        fields?: string[];
                    } | {
                        /**
                         * Format: uuid
                         * @description Kept across saves; given by the server to a new section
                         */
                        id?: string;
                        /** @default  */
                        title?: string;
                        /**
                         * @description Convenience, not security: the records under a visible section still go through the data rules
                         * @default {
                         *       "audience": "everyone",
                         *       "roles": [],
                         *       "condition": null
                         *     }
                         */
                        visibility?: {
                            /**
                             * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                             * @default everyone
                             * @enum {string}
                             */
                            audience?: "everyone" | "internal" | "external" | "roles";
                            /**
                             * @description Role keys, for audience 'roles': any one of them
                             * @default []
                             */
                            roles?: string[];
                            /**
                             * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                             * @default null
                             */
                            condition?: string | null;
                        };
                        /** @enum {string} */
                        kind: "text";
                        /** @description Markdown; rendered without HTML */
                        markdown: string;
                    } | {
                        /**
                         * Format: uuid
                         * @description Kept across saves; given by the server to a new section
                         */
                        id?: string;
                        /** @default  */
                        title?: string;
                        /**
                         * @description Convenience, not security: the records under a visible section still go through the data rules
                         * @default {
                         *       "audience": "everyone",
                         *       "roles": [],
                         *       "condition": null
                         *     }
                         */
                        visibility?: {
                            /**
                             * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                             * @default everyone
                             * @enum {string}
                             */
                            audience?: "everyone" | "internal" | "external" | "roles";
                            /**
                             * @description Role keys, for audience 'roles': any one of them
                             * @default []
                             */
                            roles?: string[];
                            /**
                             * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                             * @default null
                             */
                            condition?: string | null;
                        };
                        /** @enum {string} */
                        kind: "links";
                        /** @description Buttons to other pages; a link to a page the person cannot see is left out */
                        links: {
                            label: string;
                            /** Format: uuid */
                            page: string;
                        }[];
                    })[];
                };
            };
        };
        responses: {
            /** @description A page */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        slug: string;
                        icon: string | null;
                        parent: string | null;
                        position: number;
                        /** @description Convenience, not security: the records under a visible section still go through the data rules */
                        visibility: {
                            /**
                             * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                             * @default everyone
                             * @enum {string}
                             */
                            audience: "everyone" | "internal" | "external" | "roles";
                            /**
                             * @description Role keys, for audience 'roles': any one of them
                             * @default []
                             */
                            roles: string[];
                            /**
                             * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                             * @default null
                             */
                            condition: string | null;
                        };
                        sections: ({
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition: string | null;
                            };
                            /** @enum {string} */
                            kind: "collectionView";
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @default table
                             * @enum {string}
                             */
                            layout: "table" | "list" | "cards";
                            /**
                             * @description The fields to show, in order; none shows every readable field
                             * @default []
                             */
                            fields: string[];
                            /** @default [] */
                            sort: {
                                field: string;
                                /**
                                 * @default asc
                                 * @enum {string}
                                 */
                                direction: "asc" | "desc";
                            }[];
                            /**
                             * @description Collection filter: CEL over record.* and user.*, ANDed on top of the data rules, never instead
                             * @default null
                             */
                            filter: string | null;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition: string | null;
                            };
                            /** @enum {string} */
                            kind: "recordView";
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @default detail
                             * @enum {string}
                             */
                            mode: "detail" | "edit" | "create";
                            /**
                             * @description The fields to show or offer, in order; none means every one the person may
                             * @default []
                             */
                            fields: string[];
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition: string | null;
                            };
                            /** @enum {string} */
                            kind: "text";
                            /** @description Markdown; rendered without HTML */
                            markdown: string;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition: string | null;
                            };
                            /** @enum {string} */
                            kind: "links";
                            /** @description Buttons to other pages; a link to a page the person cannot see is left out */
                            links: {
                                label: string;
                                /** Format: uuid */
                                page: string;
                            }[];
                        })[];
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, PAGE_INVALID, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: PAGE_SLUG_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The page id, or its slug */
                page: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        slug: string;
                        icon: string | null;
                        parent: string | null;
                        position: number;
                        /** @description Convenience, not security: the records under a visible section still go through the data rules */
                        visibility: {
                            /**
                             * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                             * @default everyone
                             * @enum {string}
                             */
                            audience: "everyone" | "internal" | "external" | "roles";
                            /**
                             * @description Role keys, for audience 'roles': any one of them
                             * @default []
                             */
                            roles: string[];
                            /**
                             * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                             * @default null
                             */
                            condition: string | null;
                        };
                        sections: ({
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition: string | null;
                            };
                            /** @enum {string} */
                            kind: "collectionView";
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @default table
                             * @enum {string}
                             */
                            layout: "table" | "list" | "cards";
                            /**
                             * @description The fields to show, in order; none shows every readable field
                             * @default []
                             */
                            fields: string[];
                            /** @default [] */
                            sort: {
                                field: string;
                                /**
                                 * @default asc
                                 * @enum {string}
                                 */
                                direction: "asc" | "desc";
                            }[];
                            /**
                             * @description Collection filter: CEL over record.* and user.*, ANDed on top of the data rules, never instead
                             * @default null
                             */
                            filter: string | null;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition: string | null;
                            };
                            /** @enum {string} */
                            kind: "recordView";
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @default detail
                             * @enum {string}
                             */
                            mode: "detail" | "edit" | "create";
                            /**
                             * @description The fields to show or offer, in order; none means every one the person may
                             * @default []
                             */
                            fields: string[];
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition: string | null;
                            };
                            /** @enum {string} */
                            kind: "text";
                            /** @description Markdown; rendered without HTML */
                            markdown: string;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition: string | null;
                            };
                            /** @enum {string} */
                            kind: "links";
                            /** @description Buttons to other pages; a link to a page the person cannot see is left out */
                            links: {
                                label: string;
                                /** Format: uuid */
                                page: string;
                            }[];
                        })[];
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    savePage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The page id, or its slug */
                page: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @description Its address in the end-user app: /a/<app>/<slug> */
                    slug: string;
                    /** @default null */
                    icon?: string | null;
                    /**
                     * @description The page it sits under; null at the top
                     * @default null
                     */
                    parent?: string | null;
                    /**
                     * @description Order among its siblings
                     * @default 0
                     */
                    position?: number;
                    /**
                     * @description Convenience, not security: the records under a visible section still go through the data rules
                     * @default {
                     *       "audience": "everyone",
                     *       "roles": [],
                     *       "condition": null
                     *     }
                     */
                    visibility?: {
                        /**
                         * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                         * @default everyone
                         * @enum {string}
                         */
                        audience?: "everyone" | "internal" | "external" | "roles";
                        /**
                         * @description Role keys, for audience 'roles': any one of them
                         * @default []
                         */
                        roles?: string[];
                        /**
                         * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                         * @default null
                         */
                        condition?: string | null;
                    };
                    /** @default [] */
                    sections?: ({
                        /**
                         * Format: uuid
                         * @description Kept across saves; given by the server to a new section
                         */
                        id?: string;
                        /** @default  */
                        title?: string;
                        /**
                         * @description Convenience, not security: the records under a visible section still go through the data rules
                         * @default {
                         *       "audience": "everyone",
                         *       "roles": [],
                         *       "condition": null
                         *     }
                         */
                        visibility?: {
                            /**
                             * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                             * @default everyone
                             * @enum {string}
                             */
                            audience?: "everyone" | "internal" | "external" | "roles";
                            /**
                             * @description Role keys, for audience 'roles': any one of them
                             * @default []
                             */
                            roles?: string[];
                            /**
                             * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                             * @default null
                             */
                            condition?: string | null;
                        };
                        /** @enum {string} */
                        kind: "collectionView";
                        /** @description The collection key */
                        collection: string;
                        /**
                         * @default table
                         * @enum {string}
                         */
                        layout?: "table" | "list" | "cards";
                        /**
                         * @description The fields to show, in order; none shows every readable field
                         * @default []
                         */
                        fields?: string[];
                        /** @default [] */
                        sort?: {
                            field: string;
                            /**
                             * @default asc
                             * @enum {string}
                             */
                            direction?: "asc" | "desc";
                        }[];
                        /**
                         * @description Collection filter: CEL over record.* and user.*, ANDed on top of the data rules, never instead
                         * @default null
                         */
                        filter?: string | null;
                    } | {
                        /**
                         * Format: uuid
                         * @description Kept across saves; given by the server to a new section
                         */
                        id?: string;
                        /** @default  */
                        title?: string;
                        /**
                         * @description Convenience, not security: the records under a visible section still go through the data rules
                         * @default {
                         *       "audience": "everyone",
                         *       "roles": [],
                         *       "condition": null
                         *     }
                         */
                        visibility?: {
                            /**
                             * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                             * @default everyone
                             * @enum {string}
                             */
                            audience?: "everyone" | "internal" | "external" | "roles";
                            /**
                             * @description Role keys, for audience 'roles': any one of them
                             * @default []
                             */
                            roles?: string[];
                            /**
                             * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                             * @default null
                             */
                            condition?: string | null;
                        };
                        /** @enum {string} */
                        kind: "recordView";
                        /** @description The collection key */
                        collection: string;
                        /**
                         * @default detail
                         * @enum {string}
                         */
                        mode?: "detail" | "edit" | "create";
                        /**
                         * @description The fields to show or offer, in order; none means every one the person may
                         * @default []
                         */
                        fields?: string[];
                    } | {
                        /**
                         * Format: uuid
                         * @description Kept across saves; given by the server to a new section
                         */
                        id?: string;
                        /** @default  */
                        title?: string;
                        /**
                         * @description Convenience, not security: the records under a visible section still go through the data rules
                         * @default {
                         *       "audience": "everyone",
                         *       "roles": [],
                         *       "condition": null
                         *     }
                         */
                        visibility?: {
                            /**
                             * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                             * @default everyone
                             * @enum {string}
                             */
                            audience?: "everyone" | "internal" | "external" | "roles";
                            /**
                             * @description Role keys, for audience 'roles': any one of them
                             * @default []
                             */
                            roles?: string[];
                            /**
                             * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                             * @default null
                             */
                            condition?: string | null;
                        };
                        /** @enum {string} */
                        kind: "text";
                        /** @description Markdown; rendered without HTML */
                        markdown: string;
                    } | {
                        /**
                         * Format: uuid
                         * @description Kept across saves; given by the server to a new section
                         */
                        id?: string;
                        /** @default  */
                        title?: string;
                        /**
                         * @description Convenience, not security: the records under a visible section still go through the data rules
                         * @default {
                         *       "audience": "everyone",
                         *       "roles": [],
                         *       "condition": null
                         *     }
                         */
                        visibility?: {
                            /**
                             * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                             * @default everyone
                             * @enum {string}
                             */
                            audience?: "everyone" | "internal" | "external" | "roles";
                            /**
                             * @description Role keys, for audience 'roles': any one of them
                             * @default []
                             */
                            roles?: string[];
                            /**
                             * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                             * @default null
                             */
                            condition?: string | null;
                        };
                        /** @enum {string} */
                        kind: "links";
                        /** @description Buttons to other pages; a link to a page the person cannot see is left out */
                        links: {
                            label: string;
                            /** Format: uuid */
                            page: string;
                        }[];
                    })[];
                    /** @description The version this edit started from: 409 PAGE_VERSION_CONFLICT when another save came first */
                    baseVersion?: number;
                };
            };
        };
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        slug: string;
                        icon: string | null;
                        parent: string | null;
                        position: number;
                        /** @description Convenience, not security: the records under a visible section still go through the data rules */
                        visibility: {
                            /**
                             * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                             * @default everyone
                             * @enum {string}
                             */
                            audience: "everyone" | "internal" | "external" | "roles";
                            /**
                             * @description Role keys, for audience 'roles': any one of them
                             * @default []
                             */
                            roles: string[];
                            /**
                             * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                             * @default null
                             */
                            condition: string | null;
                        };
                        sections: ({
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition: string | null;
                            };
                            /** @enum {string} */
                            kind: "collectionView";
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @default table
                             * @enum {string}
                             */
                            layout: "table" | "list" | "cards";
                            /**
                             * @description The fields to show, in order; none shows every readable field
                             * @default []
                             */
                            fields: string[];
                            /** @default [] */
                            sort: {
                                field: string;
                                /**
                                 * @default asc
                                 * @enum {string}
                                 */
                                direction: "asc" | "desc";
                            }[];
                            /**
                             * @description Collection filter: CEL over record.* and user.*, ANDed on top of the data rules, never instead
                             * @default null
                             */
                            filter: string | null;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition: string | null;
                            };
                            /** @enum {string} */
                            kind: "recordView";
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @default detail
                             * @enum {string}
                             */
                            mode: "detail" | "edit" | "create";
                            /**
                             * @description The fields to show or offer, in order; none means every one the person may
                             * @default []
                             */
                            fields: string[];
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition: string | null;
                            };
                            /** @enum {string} */
                            kind: "text";
                            /** @description Markdown; rendered without HTML */
                            markdown: string;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition: string | null;
                            };
                            /** @enum {string} */
                            kind: "links";
                            /** @description Buttons to other pages; a link to a page the person cannot see is left out */
                            links: {
                                label: string;
                                /** Format: uuid */
                                page: string;
                            }[];
                        })[];
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, PAGE_INVALID, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: PAGE_SLUG_TAKEN, PAGE_VERSION_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The page id, or its slug */
                page: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: PAGE_HAS_CHILDREN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPageVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The page id, or its slug */
                page: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            version: number;
                            /** Format: date-time */
                            savedAt: string;
                            savedBy: {
                                /** Format: uuid */
                                id: string;
                                email: string;
                            } | null;
                            restoredFrom: number | null;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    diffPageVersions: {
        parameters: {
            query?: {
                /** @description The other version; the current one if left out */
                against?: number;
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The page id, or its slug */
                page: string;
                /** @description A version number of the page */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: number;
                        to: number;
                        changes: {
                            /** @description What changed, e.g. title or sections[Open positions].filter */
                            path: string;
                            before: unknown;
                            after: unknown;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    restorePageVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The page id, or its slug */
                page: string;
                /** @description A version number of the page */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        slug: string;
                        icon: string | null;
                        parent: string | null;
                        position: number;
                        /** @description Convenience, not security: the records under a visible section still go through the data rules */
                        visibility: {
                            /**
                             * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                             * @default everyone
                             * @enum {string}
                             */
                            audience: "everyone" | "internal" | "external" | "roles";
                            /**
                             * @description Role keys, for audience 'roles': any one of them
                             * @default []
                             */
                            roles: string[];
                            /**
                             * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                             * @default null
                             */
                            condition: string | null;
                        };
                        sections: ({
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition: string | null;
                            };
                            /** @enum {string} */
                            kind: "collectionView";
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @default table
                             * @enum {string}
                             */
                            layout: "table" | "list" | "cards";
                            /**
                             * @description The fields to show, in order; none shows every readable field
                             * @default []
                             */
                            fields: string[];
                            /** @default [] */
                            sort: {
                                field: string;
                                /**
                                 * @default asc
                                 * @enum {string}
                                 */
                                direction: "asc" | "desc";
                            }[];
                            /**
                             * @description Collection filter: CEL over record.* and user.*, ANDed on top of the data rules, never instead
                             * @default null
                             */
                            filter: string | null;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition: string | null;
                            };
                            /** @enum {string} */
                            kind: "recordView";
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @default detail
                             * @enum {string}
                             */
                            mode: "detail" | "edit" | "create";
                            /**
                             * @description The fields to show or offer, in order; none means every one the person may
                             * @default []
                             */
                            fields: string[];
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition: string | null;
                            };
                            /** @enum {string} */
                            kind: "text";
                            /** @description Markdown; rendered without HTML */
                            markdown: string;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition: string | null;
                            };
                            /** @enum {string} */
                            kind: "links";
                            /** @description Buttons to other pages; a link to a page the person cannot see is left out */
                            links: {
                                label: string;
                                /** Format: uuid */
                                page: string;
                            }[];
                        })[];
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: PAGE_INVALID, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: PAGE_SLUG_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMedia: {
        parameters: {
            query?: {
                /** @description Only files whose name contains this text (any case) */
                search?: string;
                /** @description Only files in this folder (empty: the top level) */
                folder?: string;
                /** @description Only files with this tag */
                tag?: string;
                /** @description Files per page, 1 to 200 */
                limit?: number;
                /** @description The cursor `next` of the previous page */
                after?: string;
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            folder: string;
                            tags: string[];
                            /** @description The media type, read from the bytes */
                            type: string;
                            /** @description Bytes */
                            size: number;
                            /** @description Pixels, for images whose size could be read */
                            width: number | null;
                            height: number | null;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Where to download it */
                            url: string;
                        }[];
                        /** @description Cursor of the next page, or null */
                        next: string | null;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadMedia: {
        parameters: {
            query?: {
                /** @description The folder the file sits in; empty for the top level */
                folder?: string;
                /** @description Tags for every uploaded file, comma-separated (up to 20, each up to 50 characters) */
                tags?: string;
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    files: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            folder: string;
                            tags: string[];
                            /** @description The media type, read from the bytes */
                            type: string;
                            /** @description Bytes */
                            size: number;
                            /** @description Pixels, for images whose size could be read */
                            width: number | null;
                            height: number | null;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Where to download it */
                            url: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MEDIA_NO_FILE, MEDIA_UPLOAD_MALFORMED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: MEDIA_TOO_LARGE, MEDIA_TOO_MANY_FILES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: MEDIA_NOT_MULTIPART, MEDIA_TYPE_NOT_ALLOWED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The media file's id */
                media: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        folder: string;
                        tags: string[];
                        /** @description The media type, read from the bytes */
                        type: string;
                        /** @description Bytes */
                        size: number;
                        /** @description Pixels, for images whose size could be read */
                        width: number | null;
                        height: number | null;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Where to download it */
                        url: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The media file's id */
                media: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: MEDIA_IN_USE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The media file's id */
                media: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The name shown in the library and given to downloads */
                    name?: string;
                    /** @description The folder the file sits in; empty for the top level */
                    folder?: string;
                    /** @description Tags, up to 20, each up to 50 characters */
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        folder: string;
                        tags: string[];
                        /** @description The media type, read from the bytes */
                        type: string;
                        /** @description Bytes */
                        size: number;
                        /** @description Pixels, for images whose size could be read */
                        width: number | null;
                        height: number | null;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Where to download it */
                        url: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadMedia: {
        parameters: {
            query?: {
                /** @description An earlier version to download; the current one by default */
                version?: number;
                /** @description A resized image of this width in pixels (raster images only): 64, 160, 320, 640, 1280 */
                width?: number;
                /** @description true: always as an attachment, even for a type shown inline */
                download?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The media file's id */
                media: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description The requested range of the bytes */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Not modified: the ETag matched */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: MEDIA_NOT_RESIZABLE, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: MEDIA_RANGE_NOT_SATISFIABLE */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMediaVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The media file's id */
                media: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            version: number;
                            name: string;
                            type: string;
                            size: number;
                            /** Format: date-time */
                            savedAt: string;
                            savedBy: {
                                id: string;
                                email: string;
                            } | null;
                            restoredFrom: number | null;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    replaceMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The media file's id */
                media: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file content
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        folder: string;
                        tags: string[];
                        /** @description The media type, read from the bytes */
                        type: string;
                        /** @description Bytes */
                        size: number;
                        /** @description Pixels, for images whose size could be read */
                        width: number | null;
                        height: number | null;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Where to download it */
                        url: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MEDIA_NO_FILE, MEDIA_UPLOAD_MALFORMED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: MEDIA_TOO_LARGE, MEDIA_TOO_MANY_FILES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: MEDIA_NOT_MULTIPART, MEDIA_TYPE_NOT_ALLOWED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    restoreMediaVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The media file's id */
                media: string;
                /** @description The version number, from 1 */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        folder: string;
                        tags: string[];
                        /** @description The media type, read from the bytes */
                        type: string;
                        /** @description Bytes */
                        size: number;
                        /** @description Pixels, for images whose size could be read */
                        width: number | null;
                        height: number | null;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Where to download it */
                        url: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The page being edited, by id or slug; left out for a page not created yet */
                    page?: string;
                    /** @description The page as it would be saved */
                    proposed: {
                        title: string;
                        /** @description Its address in the end-user app: /a/<app>/<slug> */
                        slug: string;
                        /** @default null */
                        icon?: string | null;
                        /**
                         * @description The page it sits under; null at the top
                         * @default null
                         */
                        parent?: string | null;
                        /**
                         * @description Order among its siblings
                         * @default 0
                         */
                        position?: number;
                        /**
                         * @description Convenience, not security: the records under a visible section still go through the data rules
                         * @default {
                         *       "audience": "everyone",
                         *       "roles": [],
                         *       "condition": null
                         *     }
                         */
                        visibility?: {
                            /**
                             * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                             * @default everyone
                             * @enum {string}
                             */
                            audience?: "everyone" | "internal" | "external" | "roles";
                            /**
                             * @description Role keys, for audience 'roles': any one of them
                             * @default []
                             */
                            roles?: string[];
                            /**
                             * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                             * @default null
                             */
                            condition?: string | null;
                        };
                        /** @default [] */
                        sections?: ({
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title?: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility?: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience?: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles?: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition?: string | null;
                            };
                            /** @enum {string} */
                            kind: "collectionView";
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @default table
                             * @enum {string}
                             */
                            layout?: "table" | "list" | "cards";
                            /**
                             * @description The fields to show, in order; none shows every readable field
                             * @default []
                             */
                            fields?: string[];
                            /** @default [] */
                            sort?: {
                                field: string;
                                /**
                                 * @default asc
                                 * @enum {string}
                                 */
                                direction?: "asc" | "desc";
                            }[];
                            /**
                             * @description Collection filter: CEL over record.* and user.*, ANDed on top of the data rules, never instead
                             * @default null
                             */
                            filter?: string | null;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title?: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility?: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience?: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles?: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition?: string | null;
                            };
                            /** @enum {string} */
                            kind: "recordView";
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @default detail
                             * @enum {string}
                             */
                            mode?: "detail" | "edit" | "create";
                            /**
                             * @description The fields to show or offer, in order; none means every one the person may
                             * @default []
                             */
                            fields?: string[];
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title?: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility?: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience?: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles?: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition?: string | null;
                            };
                            /** @enum {string} */
                            kind: "text";
                            /** @description Markdown; rendered without HTML */
                            markdown: string;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new section
                             */
                            id?: string;
                            /** @default  */
                            title?: string;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility?: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience?: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles?: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition?: string | null;
                            };
                            /** @enum {string} */
                            kind: "links";
                            /** @description Buttons to other pages; a link to a page the person cannot see is left out */
                            links: {
                                label: string;
                                /** Format: uuid */
                                page: string;
                            }[];
                        })[];
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The active app users compared */
                        users: number;
                        /** @description The page itself, with every section */
                        page: {
                            page: {
                                /** @description Null for a page not saved yet */
                                id: string | null;
                                slug: string;
                                title: string;
                            };
                            /** @description How many app users see the page now */
                            before: number;
                            /** @description How many would see it after the change */
                            after: number;
                            /** @description Users who do not see it now and would */
                            gains: {
                                /** @description How many users in all */
                                count: number;
                                /** @description The first 50 of them, by email */
                                users: {
                                    /** Format: uuid */
                                    id: string;
                                    email: string;
                                    name: string;
                                }[];
                            };
                            /** @description Users who see it now and would not */
                            losses: {
                                /** @description How many users in all */
                                count: number;
                                /** @description The first 50 of them, by email */
                                users: {
                                    /** Format: uuid */
                                    id: string;
                                    email: string;
                                    name: string;
                                }[];
                            };
                            sections: {
                                /** @description Null for a section not saved yet */
                                id: string | null;
                                title: string;
                                kind: string;
                                /** @description Users who do not see it now and would */
                                gains: {
                                    /** @description How many users in all */
                                    count: number;
                                    /** @description The first 50 of them, by email */
                                    users: {
                                        /** Format: uuid */
                                        id: string;
                                        email: string;
                                        name: string;
                                    }[];
                                };
                                /** @description Users who see it now and would not */
                                losses: {
                                    /** @description How many users in all */
                                    count: number;
                                    /** @description The first 50 of them, by email */
                                    users: {
                                        /** Format: uuid */
                                        id: string;
                                        email: string;
                                        name: string;
                                    }[];
                                };
                            }[];
                        };
                        /** @description Pages under it whose audience changes with it, with the sections that change */
                        pagesBelow: {
                            page: {
                                /** @description Null for a page not saved yet */
                                id: string | null;
                                slug: string;
                                title: string;
                            };
                            /** @description How many app users see the page now */
                            before: number;
                            /** @description How many would see it after the change */
                            after: number;
                            /** @description Users who do not see it now and would */
                            gains: {
                                /** @description How many users in all */
                                count: number;
                                /** @description The first 50 of them, by email */
                                users: {
                                    /** Format: uuid */
                                    id: string;
                                    email: string;
                                    name: string;
                                }[];
                            };
                            /** @description Users who see it now and would not */
                            losses: {
                                /** @description How many users in all */
                                count: number;
                                /** @description The first 50 of them, by email */
                                users: {
                                    /** Format: uuid */
                                    id: string;
                                    email: string;
                                    name: string;
                                }[];
                            };
                            sections: {
                                /** @description Null for a section not saved yet */
                                id: string | null;
                                title: string;
                                kind: string;
                                /** @description Users who do not see it now and would */
                                gains: {
                                    /** @description How many users in all */
                                    count: number;
                                    /** @description The first 50 of them, by email */
                                    users: {
                                        /** Format: uuid */
                                        id: string;
                                        email: string;
                                        name: string;
                                    }[];
                                };
                                /** @description Users who see it now and would not */
                                losses: {
                                    /** @description How many users in all */
                                    count: number;
                                    /** @description The first 50 of them, by email */
                                    users: {
                                        /** Format: uuid */
                                        id: string;
                                        email: string;
                                        name: string;
                                    }[];
                                };
                            }[];
                        }[];
                        /** @description Lint's warnings about the page as proposed */
                        warnings: {
                            code: string;
                            /** @enum {string} */
                            severity: "warning" | "info";
                            message: string;
                            page?: string;
                            section?: string;
                            role?: string;
                            collection?: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, PAGE_INVALID, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: PAGE_SLUG_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUi: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        app: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            internal: boolean;
                        };
                        pages: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            slug: string;
                            icon: string | null;
                            parent: string | null;
                            sections: ({
                                /** Format: uuid */
                                id: string;
                                /** @default  */
                                title: string;
                                /** @enum {string} */
                                kind: "collectionView";
                                /** @description The collection key */
                                collection: string;
                                /**
                                 * @default table
                                 * @enum {string}
                                 */
                                layout: "table" | "list" | "cards";
                                /**
                                 * @description The fields to show, in order; none shows every readable field
                                 * @default []
                                 */
                                fields: string[];
                                /** @default [] */
                                sort: {
                                    field: string;
                                    /**
                                     * @default asc
                                     * @enum {string}
                                     */
                                    direction: "asc" | "desc";
                                }[];
                                /**
                                 * @description Collection filter: CEL over record.* and user.*, ANDed on top of the data rules, never instead
                                 * @default null
                                 */
                                filter: string | null;
                            } | {
                                /** Format: uuid */
                                id: string;
                                /** @default  */
                                title: string;
                                /** @enum {string} */
                                kind: "recordView";
                                /** @description The collection key */
                                collection: string;
                                /**
                                 * @default detail
                                 * @enum {string}
                                 */
                                mode: "detail" | "edit" | "create";
                                /**
                                 * @description The fields to show or offer, in order; none means every one the person may
                                 * @default []
                                 */
                                fields: string[];
                            } | {
                                /** Format: uuid */
                                id: string;
                                /** @default  */
                                title: string;
                                /** @enum {string} */
                                kind: "text";
                                /** @description Markdown; rendered without HTML */
                                markdown: string;
                            } | {
                                /** Format: uuid */
                                id: string;
                                /** @default  */
                                title: string;
                                /** @enum {string} */
                                kind: "links";
                                /** @description Buttons to other pages; a link to a page the person cannot see is left out */
                                links: {
                                    label: string;
                                    /** Format: uuid */
                                    page: string;
                                }[];
                            })[];
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, NOT_AN_APP_USER, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSectionRecords: {
        parameters: {
            query?: {
                /** @description CEL over fields you can read */
                filter?: string;
                /** @description field,-field */
                sort?: string;
                /** @description The fields to return, comma-separated (`rel.field` reaches through an expanded link) */
                fields?: string;
                /** @description Text to find in the searchable fields you may read */
                search?: string;
                /** @description Records per page, 1 to 500 */
                limit?: number;
                /** @description The `next` cursor of the previous page */
                after?: string;
                /** @description `can` adds `_can` {update, delete} and `_fields` {readable, updatable} to each record */
                meta?: "can";
                /** @description Links to replace by the linked records you may read: `position,position.hiringManager` (depth ≤ 3) */
                expand?: string;
                /** @description `true` adds the number of records you may read that match */
                count?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The id of a collection view section */
                section: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            [key: string]: unknown;
                        }[];
                        /** @description Cursor of the next page, or null */
                        next: string | null;
                        count?: number;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDashboards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            description: string;
                            widgets: ({
                                /**
                                 * Format: uuid
                                 * @description Kept across saves; given by the server to a new widget
                                 */
                                id?: string;
                                /** @default  */
                                title: string;
                                /** @description The collection key */
                                collection: string;
                                /**
                                 * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                                 * @default null
                                 */
                                filter: string | null;
                                /** @enum {string} */
                                kind: "number";
                                /** @description Computed over the records the viewer may read, from the values they may read on each */
                                measure: {
                                    /**
                                     * @description count, sum, avg, min or max
                                     * @enum {string}
                                     */
                                    fn: "count" | "sum" | "avg" | "min" | "max";
                                    /**
                                     * @description The field measured; left out with count: the number of records
                                     * @default null
                                     */
                                    field: string | null;
                                };
                            } | {
                                /**
                                 * Format: uuid
                                 * @description Kept across saves; given by the server to a new widget
                                 */
                                id?: string;
                                /** @default  */
                                title: string;
                                /** @description The collection key */
                                collection: string;
                                /**
                                 * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                                 * @default null
                                 */
                                filter: string | null;
                                /** @enum {string} */
                                kind: "bar";
                                /** @description Computed over the records the viewer may read, from the values they may read on each */
                                measure: {
                                    /**
                                     * @description count, sum, avg, min or max
                                     * @enum {string}
                                     */
                                    fn: "count" | "sum" | "avg" | "min" | "max";
                                    /**
                                     * @description The field measured; left out with count: the number of records
                                     * @default null
                                     */
                                    field: string | null;
                                };
                                /** @description Records without a value, or whose value the viewer may not read, fall in the group without a key */
                                groupBy: {
                                    /** @description The field whose values make the groups: a value field, or a link (one group per linked record) */
                                    field: string;
                                    /**
                                     * @description For a link: the linked collection's field that names each group, where the viewer may read it
                                     * @default null
                                     */
                                    label: string | null;
                                };
                                /**
                                 * @description The largest groups shown
                                 * @default 20
                                 */
                                limit: number;
                            } | {
                                /**
                                 * Format: uuid
                                 * @description Kept across saves; given by the server to a new widget
                                 */
                                id?: string;
                                /** @default  */
                                title: string;
                                /** @description The collection key */
                                collection: string;
                                /**
                                 * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                                 * @default null
                                 */
                                filter: string | null;
                                /** @enum {string} */
                                kind: "pie";
                                /** @description Computed over the records the viewer may read, from the values they may read on each */
                                measure: {
                                    /**
                                     * @description count, sum, avg, min or max
                                     * @enum {string}
                                     */
                                    fn: "count" | "sum" | "avg" | "min" | "max";
                                    /**
                                     * @description The field measured; left out with count: the number of records
                                     * @default null
                                     */
                                    field: string | null;
                                };
                                /** @description Records without a value, or whose value the viewer may not read, fall in the group without a key */
                                groupBy: {
                                    /** @description The field whose values make the groups: a value field, or a link (one group per linked record) */
                                    field: string;
                                    /**
                                     * @description For a link: the linked collection's field that names each group, where the viewer may read it
                                     * @default null
                                     */
                                    label: string | null;
                                };
                                /**
                                 * @description The largest groups shown
                                 * @default 20
                                 */
                                limit: number;
                            } | {
                                /**
                                 * Format: uuid
                                 * @description Kept across saves; given by the server to a new widget
                                 */
                                id?: string;
                                /** @default  */
                                title: string;
                                /** @description The collection key */
                                collection: string;
                                /**
                                 * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                                 * @default null
                                 */
                                filter: string | null;
                                /** @enum {string} */
                                kind: "timeSeries";
                                /** @description Computed over the records the viewer may read, from the values they may read on each */
                                measure: {
                                    /**
                                     * @description count, sum, avg, min or max
                                     * @enum {string}
                                     */
                                    fn: "count" | "sum" | "avg" | "min" | "max";
                                    /**
                                     * @description The field measured; left out with count: the number of records
                                     * @default null
                                     */
                                    field: string | null;
                                };
                                /** @description A date or date-time field: each record falls in its day, week or month (UTC) */
                                date: string;
                                /**
                                 * @description Weeks start on Monday
                                 * @default month
                                 * @enum {string}
                                 */
                                interval: "day" | "week" | "month";
                            } | {
                                /**
                                 * Format: uuid
                                 * @description Kept across saves; given by the server to a new widget
                                 */
                                id?: string;
                                /** @default  */
                                title: string;
                                /** @description The collection key */
                                collection: string;
                                /**
                                 * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                                 * @default null
                                 */
                                filter: string | null;
                                /** @enum {string} */
                                kind: "table";
                                /**
                                 * @description The fields shown, in order; none: every readable field
                                 * @default []
                                 */
                                fields: string[];
                                /** @default [] */
                                sort: {
                                    field: string;
                                    /**
                                     * @default asc
                                     * @enum {string}
                                     */
                                    direction: "asc" | "desc";
                                }[];
                                /**
                                 * @description At most this many records
                                 * @default 10
                                 */
                                limit: number;
                            })[];
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @default  */
                    description?: string;
                    /** @default [] */
                    widgets?: ({
                        /**
                         * Format: uuid
                         * @description Kept across saves; given by the server to a new widget
                         */
                        id?: string;
                        /** @default  */
                        title?: string;
                        /** @description The collection key */
                        collection: string;
                        /**
                         * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                         * @default null
                         */
                        filter?: string | null;
                        /** @enum {string} */
                        kind: "number";
                        /** @description Computed over the records the viewer may read, from the values they may read on each */
                        measure: {
                            /**
                             * @description count, sum, avg, min or max
                             * @enum {string}
                             */
                            fn: "count" | "sum" | "avg" | "min" | "max";
                            /**
                             * @description The field measured; left out with count: the number of records
                             * @default null
                             */
                            field?: string | null;
                        };
                    } | {
                        /**
                         * Format: uuid
                         * @description Kept across saves; given by the server to a new widget
                         */
                        id?: string;
                        /** @default  */
                        title?: string;
                        /** @description The collection key */
                        collection: string;
                        /**
                         * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                         * @default null
                         */
                        filter?: string | null;
                        /** @enum {string} */
                        kind: "bar";
                        /** @description Computed over the records the viewer may read, from the values they may read on each */
                        measure: {
                            /**
                             * @description count, sum, avg, min or max
                             * @enum {string}
                             */
                            fn: "count" | "sum" | "avg" | "min" | "max";
                            /**
                             * @description The field measured; left out with count: the number of records
                             * @default null
                             */
                            field?: string | null;
                        };
                        /** @description Records without a value, or whose value the viewer may not read, fall in the group without a key */
                        groupBy: {
                            /** @description The field whose values make the groups: a value field, or a link (one group per linked record) */
                            field: string;
                            /**
                             * @description For a link: the linked collection's field that names each group, where the viewer may read it
                             * @default null
                             */
                            label?: string | null;
                        };
                        /**
                         * @description The largest groups shown
                         * @default 20
                         */
                        limit?: number;
                    } | {
                        /**
                         * Format: uuid
                         * @description Kept across saves; given by the server to a new widget
                         */
                        id?: string;
                        /** @default  */
                        title?: string;
                        /** @description The collection key */
                        collection: string;
                        /**
                         * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                         * @default null
                         */
                        filter?: string | null;
                        /** @enum {string} */
                        kind: "pie";
                        /** @description Computed over the records the viewer may read, from the values they may read on each */
                        measure: {
                            /**
                             * @description count, sum, avg, min or max
                             * @enum {string}
                             */
                            fn: "count" | "sum" | "avg" | "min" | "max";
                            /**
                             * @description The field measured; left out with count: the number of records
                             * @default null
                             */
                            field?: string | null;
                        };
                        /** @description Records without a value, or whose value the viewer may not read, fall in the group without a key */
                        groupBy: {
                            /** @description The field whose values make the groups: a value field, or a link (one group per linked record) */
                            field: string;
                            /**
                             * @description For a link: the linked collection's field that names each group, where the viewer may read it
                             * @default null
                             */
                            label?: string | null;
                        };
                        /**
                         * @description The largest groups shown
                         * @default 20
                         */
                        limit?: number;
                    } | {
                        /**
                         * Format: uuid
                         * @description Kept across saves; given by the server to a new widget
                         */
                        id?: string;
                        /** @default  */
                        title?: string;
                        /** @description The collection key */
                        collection: string;
                        /**
                         * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                         * @default null
                         */
                        filter?: string | null;
                        /** @enum {string} */
                        kind: "timeSeries";
                        /** @description Computed over the records the viewer may read, from the values they may read on each */
                        measure: {
                            /**
                             * @description count, sum, avg, min or max
                             * @enum {string}
                             */
                            fn: "count" | "sum" | "avg" | "min" | "max";
                            /**
                             * @description The field measured; left out with count: the number of records
                             * @default null
                             */
                            field?: string | null;
                        };
                        /** @description A date or date-time field: each record falls in its day, week or month (UTC) */
                        date: string;
                        /**
                         * @description Weeks start on Monday
                         * @default month
                         * @enum {string}
                         */
                        interval?: "day" | "week" | "month";
                    } | {
                        /**
                         * Format: uuid
                         * @description Kept across saves; given by the server to a new widget
                         */
                        id?: string;
                        /** @default  */
                        title?: string;
                        /** @description The collection key */
                        collection: string;
                        /**
                         * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                         * @default null
                         */
                        filter?: string | null;
                        /** @enum {string} */
                        kind: "table";
                        /**
                         * @description The fields shown, in order; none: every readable field
                         * @default []
                         */
                        fields?: string[];
                        /** @default [] */
                        sort?: {
                            field: string;
                            /**
                             * @default asc
                             * @enum {string}
                             */
                            direction?: "asc" | "desc";
                        }[];
                        /**
                         * @description At most this many records
                         * @default 10
                         */
                        limit?: number;
                    })[];
                };
            };
        };
        responses: {
            /** @description A dashboard */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        description: string;
                        widgets: ({
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "number";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field: string | null;
                            };
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "bar";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field: string | null;
                            };
                            /** @description Records without a value, or whose value the viewer may not read, fall in the group without a key */
                            groupBy: {
                                /** @description The field whose values make the groups: a value field, or a link (one group per linked record) */
                                field: string;
                                /**
                                 * @description For a link: the linked collection's field that names each group, where the viewer may read it
                                 * @default null
                                 */
                                label: string | null;
                            };
                            /**
                             * @description The largest groups shown
                             * @default 20
                             */
                            limit: number;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "pie";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field: string | null;
                            };
                            /** @description Records without a value, or whose value the viewer may not read, fall in the group without a key */
                            groupBy: {
                                /** @description The field whose values make the groups: a value field, or a link (one group per linked record) */
                                field: string;
                                /**
                                 * @description For a link: the linked collection's field that names each group, where the viewer may read it
                                 * @default null
                                 */
                                label: string | null;
                            };
                            /**
                             * @description The largest groups shown
                             * @default 20
                             */
                            limit: number;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "timeSeries";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field: string | null;
                            };
                            /** @description A date or date-time field: each record falls in its day, week or month (UTC) */
                            date: string;
                            /**
                             * @description Weeks start on Monday
                             * @default month
                             * @enum {string}
                             */
                            interval: "day" | "week" | "month";
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "table";
                            /**
                             * @description The fields shown, in order; none: every readable field
                             * @default []
                             */
                            fields: string[];
                            /** @default [] */
                            sort: {
                                field: string;
                                /**
                                 * @default asc
                                 * @enum {string}
                                 */
                                direction: "asc" | "desc";
                            }[];
                            /**
                             * @description At most this many records
                             * @default 10
                             */
                            limit: number;
                        })[];
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: DASHBOARD_INVALID, MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The dashboard id */
                dashboard: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A dashboard */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        description: string;
                        widgets: ({
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "number";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field: string | null;
                            };
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "bar";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field: string | null;
                            };
                            /** @description Records without a value, or whose value the viewer may not read, fall in the group without a key */
                            groupBy: {
                                /** @description The field whose values make the groups: a value field, or a link (one group per linked record) */
                                field: string;
                                /**
                                 * @description For a link: the linked collection's field that names each group, where the viewer may read it
                                 * @default null
                                 */
                                label: string | null;
                            };
                            /**
                             * @description The largest groups shown
                             * @default 20
                             */
                            limit: number;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "pie";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field: string | null;
                            };
                            /** @description Records without a value, or whose value the viewer may not read, fall in the group without a key */
                            groupBy: {
                                /** @description The field whose values make the groups: a value field, or a link (one group per linked record) */
                                field: string;
                                /**
                                 * @description For a link: the linked collection's field that names each group, where the viewer may read it
                                 * @default null
                                 */
                                label: string | null;
                            };
                            /**
                             * @description The largest groups shown
                             * @default 20
                             */
                            limit: number;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "timeSeries";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field: string | null;
                            };
                            /** @description A date or date-time field: each record falls in its day, week or month (UTC) */
                            date: string;
                            /**
                             * @description Weeks start on Monday
                             * @default month
                             * @enum {string}
                             */
                            interval: "day" | "week" | "month";
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "table";
                            /**
                             * @description The fields shown, in order; none: every readable field
                             * @default []
                             */
                            fields: string[];
                            /** @default [] */
                            sort: {
                                field: string;
                                /**
                                 * @default asc
                                 * @enum {string}
                                 */
                                direction: "asc" | "desc";
                            }[];
                            /**
                             * @description At most this many records
                             * @default 10
                             */
                            limit: number;
                        })[];
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The dashboard id */
                dashboard: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @default  */
                    description?: string;
                    /** @default [] */
                    widgets?: ({
                        /**
                         * Format: uuid
                         * @description Kept across saves; given by the server to a new widget
                         */
                        id?: string;
                        /** @default  */
                        title?: string;
                        /** @description The collection key */
                        collection: string;
                        /**
                         * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                         * @default null
                         */
                        filter?: string | null;
                        /** @enum {string} */
                        kind: "number";
                        /** @description Computed over the records the viewer may read, from the values they may read on each */
                        measure: {
                            /**
                             * @description count, sum, avg, min or max
                             * @enum {string}
                             */
                            fn: "count" | "sum" | "avg" | "min" | "max";
                            /**
                             * @description The field measured; left out with count: the number of records
                             * @default null
                             */
                            field?: string | null;
                        };
                    } | {
                        /**
                         * Format: uuid
                         * @description Kept across saves; given by the server to a new widget
                         */
                        id?: string;
                        /** @default  */
                        title?: string;
                        /** @description The collection key */
                        collection: string;
                        /**
                         * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                         * @default null
                         */
                        filter?: string | null;
                        /** @enum {string} */
                        kind: "bar";
                        /** @description Computed over the records the viewer may read, from the values they may read on each */
                        measure: {
                            /**
                             * @description count, sum, avg, min or max
                             * @enum {string}
                             */
                            fn: "count" | "sum" | "avg" | "min" | "max";
                            /**
                             * @description The field measured; left out with count: the number of records
                             * @default null
                             */
                            field?: string | null;
                        };
                        /** @description Records without a value, or whose value the viewer may not read, fall in the group without a key */
                        groupBy: {
                            /** @description The field whose values make the groups: a value field, or a link (one group per linked record) */
                            field: string;
                            /**
                             * @description For a link: the linked collection's field that names each group, where the viewer may read it
                             * @default null
                             */
                            label?: string | null;
                        };
                        /**
                         * @description The largest groups shown
                         * @default 20
                         */
                        limit?: number;
                    } | {
                        /**
                         * Format: uuid
                         * @description Kept across saves; given by the server to a new widget
                         */
                        id?: string;
                        /** @default  */
                        title?: string;
                        /** @description The collection key */
                        collection: string;
                        /**
                         * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                         * @default null
                         */
                        filter?: string | null;
                        /** @enum {string} */
                        kind: "pie";
                        /** @description Computed over the records the viewer may read, from the values they may read on each */
                        measure: {
                            /**
                             * @description count, sum, avg, min or max
                             * @enum {string}
                             */
                            fn: "count" | "sum" | "avg" | "min" | "max";
                            /**
                             * @description The field measured; left out with count: the number of records
                             * @default null
                             */
                            field?: string | null;
                        };
                        /** @description Records without a value, or whose value the viewer may not read, fall in the group without a key */
                        groupBy: {
                            /** @description The field whose values make the groups: a value field, or a link (one group per linked record) */
                            field: string;
                            /**
                             * @description For a link: the linked collection's field that names each group, where the viewer may read it
                             * @default null
                             */
                            label?: string | null;
                        };
                        /**
                         * @description The largest groups shown
                         * @default 20
                         */
                        limit?: number;
                    } | {
                        /**
                         * Format: uuid
                         * @description Kept across saves; given by the server to a new widget
                         */
                        id?: string;
                        /** @default  */
                        title?: string;
                        /** @description The collection key */
                        collection: string;
                        /**
                         * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                         * @default null
                         */
                        filter?: string | null;
                        /** @enum {string} */
                        kind: "timeSeries";
                        /** @description Computed over the records the viewer may read, from the values they may read on each */
                        measure: {
                            /**
                             * @description count, sum, avg, min or max
                             * @enum {string}
                             */
                            fn: "count" | "sum" | "avg" | "min" | "max";
                            /**
                             * @description The field measured; left out with count: the number of records
                             * @default null
                             */
                            field?: string | null;
                        };
                        /** @description A date or date-time field: each record falls in its day, week or month (UTC) */
                        date: string;
                        /**
                         * @description Weeks start on Monday
                         * @default month
                         * @enum {string}
                         */
                        interval?: "day" | "week" | "month";
                    } | {
                        /**
                         * Format: uuid
                         * @description Kept across saves; given by the server to a new widget
                         */
                        id?: string;
                        /** @default  */
                        title?: string;
                        /** @description The collection key */
                        collection: string;
                        /**
                         * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                         * @default null
                         */
                        filter?: string | null;
                        /** @enum {string} */
                        kind: "table";
                        /**
                         * @description The fields shown, in order; none: every readable field
                         * @default []
                         */
                        fields?: string[];
                        /** @default [] */
                        sort?: {
                            field: string;
                            /**
                             * @default asc
                             * @enum {string}
                             */
                            direction?: "asc" | "desc";
                        }[];
                        /**
                         * @description At most this many records
                         * @default 10
                         */
                        limit?: number;
                    })[];
                    /** @description The version this edit started from: 409 DASHBOARD_VERSION_CONFLICT when another save came first */
                    baseVersion?: number;
                };
            };
        };
        responses: {
            /** @description A dashboard */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        description: string;
                        widgets: ({
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "number";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field: string | null;
                            };
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "bar";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field: string | null;
                            };
                            /** @description Records without a value, or whose value the viewer may not read, fall in the group without a key */
                            groupBy: {
                                /** @description The field whose values make the groups: a value field, or a link (one group per linked record) */
                                field: string;
                                /**
                                 * @description For a link: the linked collection's field that names each group, where the viewer may read it
                                 * @default null
                                 */
                                label: string | null;
                            };
                            /**
                             * @description The largest groups shown
                             * @default 20
                             */
                            limit: number;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "pie";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field: string | null;
                            };
                            /** @description Records without a value, or whose value the viewer may not read, fall in the group without a key */
                            groupBy: {
                                /** @description The field whose values make the groups: a value field, or a link (one group per linked record) */
                                field: string;
                                /**
                                 * @description For a link: the linked collection's field that names each group, where the viewer may read it
                                 * @default null
                                 */
                                label: string | null;
                            };
                            /**
                             * @description The largest groups shown
                             * @default 20
                             */
                            limit: number;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "timeSeries";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field: string | null;
                            };
                            /** @description A date or date-time field: each record falls in its day, week or month (UTC) */
                            date: string;
                            /**
                             * @description Weeks start on Monday
                             * @default month
                             * @enum {string}
                             */
                            interval: "day" | "week" | "month";
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "table";
                            /**
                             * @description The fields shown, in order; none: every readable field
                             * @default []
                             */
                            fields: string[];
                            /** @default [] */
                            sort: {
                                field: string;
                                /**
                                 * @default asc
                                 * @enum {string}
                                 */
                                direction: "asc" | "desc";
                            }[];
                            /**
                             * @description At most this many records
                             * @default 10
                             */
                            limit: number;
                        })[];
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: DASHBOARD_INVALID, MALFORMED_JSON, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: DASHBOARD_VERSION_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The dashboard id */
                dashboard: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDashboardVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The dashboard id */
                dashboard: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            version: number;
                            /** Format: date-time */
                            savedAt: string;
                            savedBy: {
                                /** Format: uuid */
                                id: string;
                                email: string;
                            } | null;
                            restoredFrom: number | null;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    diffDashboardVersions: {
        parameters: {
            query?: {
                /** @description The other version; the current one if left out */
                against?: number;
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The dashboard id */
                dashboard: string;
                /** @description A version number of the dashboard */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: number;
                        to: number;
                        changes: {
                            /** @description What changed, e.g. title or widgets[Open positions].filter */
                            path: string;
                            before: unknown;
                            after: unknown;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    restoreDashboardVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The dashboard id */
                dashboard: string;
                /** @description A version number of the dashboard */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A dashboard */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        description: string;
                        widgets: ({
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "number";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field: string | null;
                            };
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "bar";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field: string | null;
                            };
                            /** @description Records without a value, or whose value the viewer may not read, fall in the group without a key */
                            groupBy: {
                                /** @description The field whose values make the groups: a value field, or a link (one group per linked record) */
                                field: string;
                                /**
                                 * @description For a link: the linked collection's field that names each group, where the viewer may read it
                                 * @default null
                                 */
                                label: string | null;
                            };
                            /**
                             * @description The largest groups shown
                             * @default 20
                             */
                            limit: number;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "pie";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field: string | null;
                            };
                            /** @description Records without a value, or whose value the viewer may not read, fall in the group without a key */
                            groupBy: {
                                /** @description The field whose values make the groups: a value field, or a link (one group per linked record) */
                                field: string;
                                /**
                                 * @description For a link: the linked collection's field that names each group, where the viewer may read it
                                 * @default null
                                 */
                                label: string | null;
                            };
                            /**
                             * @description The largest groups shown
                             * @default 20
                             */
                            limit: number;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "timeSeries";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field: string | null;
                            };
                            /** @description A date or date-time field: each record falls in its day, week or month (UTC) */
                            date: string;
                            /**
                             * @description Weeks start on Monday
                             * @default month
                             * @enum {string}
                             */
                            interval: "day" | "week" | "month";
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter: string | null;
                            /** @enum {string} */
                            kind: "table";
                            /**
                             * @description The fields shown, in order; none: every readable field
                             * @default []
                             */
                            fields: string[];
                            /** @default [] */
                            sort: {
                                field: string;
                                /**
                                 * @default asc
                                 * @enum {string}
                                 */
                                direction: "asc" | "desc";
                            }[];
                            /**
                             * @description At most this many records
                             * @default 10
                             */
                            limit: number;
                        })[];
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: DASHBOARD_INVALID, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDashboardData: {
        parameters: {
            query?: {
                /** @description Only this widget; its refusal is then the answer (400), not a note in the result */
                widget?: string;
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The dashboard id */
                dashboard: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dashboard: {
                            id: string | null;
                            title: string;
                            version: number | null;
                        };
                        /** @description Whose rules the data was computed under */
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                        };
                        /** Format: date-time */
                        computedAt: string;
                        widgets: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "number" | "bar" | "pie" | "timeSeries" | "table";
                            title: string;
                            /** @description number: the measure (null when no readable value); dates as YYYY-MM-DD, times as ISO 8601 */
                            value?: string | number | boolean | null;
                            /** @description bar and pie: the largest groups first */
                            groups?: {
                                /** @description The group value, a linked id for a link; null: no value, or not readable */
                                key: string | number | boolean | null;
                                /** @description A link's label where the viewer may read it; else null */
                                label: string | number | boolean | null;
                                value: string | number | boolean | null;
                            }[];
                            /** @description More groups or records exist than the widget shows */
                            truncated?: boolean;
                            /** @description timeSeries: periods with readable records, in time order */
                            points?: {
                                /** @description The first day of the period, YYYY-MM-DD (UTC) */
                                period: string;
                                value: string | number | boolean | null;
                            }[];
                            /** @description table: records as the records API gives them */
                            items?: {
                                [key: string]: unknown;
                            }[];
                            /** @description Why this widget cannot be computed for this person, e.g. POLICY_UNKNOWN_IDENTIFIER for a field they cannot read */
                            error?: {
                                code: string;
                                message: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                            };
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: POLICY_INVALID_QUERY, POLICY_SYNTAX_ERROR, POLICY_TYPE_MISMATCH, POLICY_UNKNOWN_IDENTIFIER, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, NOT_AN_APP_USER, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The dashboard as it would be saved; checked like a save */
                    proposed: {
                        title: string;
                        /** @default  */
                        description?: string;
                        /** @default [] */
                        widgets?: ({
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title?: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter?: string | null;
                            /** @enum {string} */
                            kind: "number";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field?: string | null;
                            };
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title?: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter?: string | null;
                            /** @enum {string} */
                            kind: "bar";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field?: string | null;
                            };
                            /** @description Records without a value, or whose value the viewer may not read, fall in the group without a key */
                            groupBy: {
                                /** @description The field whose values make the groups: a value field, or a link (one group per linked record) */
                                field: string;
                                /**
                                 * @description For a link: the linked collection's field that names each group, where the viewer may read it
                                 * @default null
                                 */
                                label?: string | null;
                            };
                            /**
                             * @description The largest groups shown
                             * @default 20
                             */
                            limit?: number;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title?: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter?: string | null;
                            /** @enum {string} */
                            kind: "pie";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field?: string | null;
                            };
                            /** @description Records without a value, or whose value the viewer may not read, fall in the group without a key */
                            groupBy: {
                                /** @description The field whose values make the groups: a value field, or a link (one group per linked record) */
                                field: string;
                                /**
                                 * @description For a link: the linked collection's field that names each group, where the viewer may read it
                                 * @default null
                                 */
                                label?: string | null;
                            };
                            /**
                             * @description The largest groups shown
                             * @default 20
                             */
                            limit?: number;
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title?: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter?: string | null;
                            /** @enum {string} */
                            kind: "timeSeries";
                            /** @description Computed over the records the viewer may read, from the values they may read on each */
                            measure: {
                                /**
                                 * @description count, sum, avg, min or max
                                 * @enum {string}
                                 */
                                fn: "count" | "sum" | "avg" | "min" | "max";
                                /**
                                 * @description The field measured; left out with count: the number of records
                                 * @default null
                                 */
                                field?: string | null;
                            };
                            /** @description A date or date-time field: each record falls in its day, week or month (UTC) */
                            date: string;
                            /**
                             * @description Weeks start on Monday
                             * @default month
                             * @enum {string}
                             */
                            interval?: "day" | "week" | "month";
                        } | {
                            /**
                             * Format: uuid
                             * @description Kept across saves; given by the server to a new widget
                             */
                            id?: string;
                            /** @default  */
                            title?: string;
                            /** @description The collection key */
                            collection: string;
                            /**
                             * @description CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter
                             * @default null
                             */
                            filter?: string | null;
                            /** @enum {string} */
                            kind: "table";
                            /**
                             * @description The fields shown, in order; none: every readable field
                             * @default []
                             */
                            fields?: string[];
                            /** @default [] */
                            sort?: {
                                field: string;
                                /**
                                 * @default asc
                                 * @enum {string}
                                 */
                                direction?: "asc" | "desc";
                            }[];
                            /**
                             * @description At most this many records
                             * @default 10
                             */
                            limit?: number;
                        })[];
                    };
                    /** @description The app user (account id or email) to compute it for; needs what viewing as them needs (app.dataformats.read, no more privilege than yours) */
                    as?: string;
                    /**
                     * Format: uuid
                     * @description Only this widget of the proposal; its refusal is then the answer (400)
                     */
                    widget?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dashboard: {
                            id: string | null;
                            title: string;
                            version: number | null;
                        };
                        /** @description Whose rules the data was computed under */
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                        };
                        /** Format: date-time */
                        computedAt: string;
                        widgets: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "number" | "bar" | "pie" | "timeSeries" | "table";
                            title: string;
                            /** @description number: the measure (null when no readable value); dates as YYYY-MM-DD, times as ISO 8601 */
                            value?: string | number | boolean | null;
                            /** @description bar and pie: the largest groups first */
                            groups?: {
                                /** @description The group value, a linked id for a link; null: no value, or not readable */
                                key: string | number | boolean | null;
                                /** @description A link's label where the viewer may read it; else null */
                                label: string | number | boolean | null;
                                value: string | number | boolean | null;
                            }[];
                            /** @description More groups or records exist than the widget shows */
                            truncated?: boolean;
                            /** @description timeSeries: periods with readable records, in time order */
                            points?: {
                                /** @description The first day of the period, YYYY-MM-DD (UTC) */
                                period: string;
                                value: string | number | boolean | null;
                            }[];
                            /** @description table: records as the records API gives them */
                            items?: {
                                [key: string]: unknown;
                            }[];
                            /** @description Why this widget cannot be computed for this person, e.g. POLICY_UNKNOWN_IDENTIFIER for a field they cannot read */
                            error?: {
                                code: string;
                                message: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                            };
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: DASHBOARD_INVALID, MALFORMED_JSON, POLICY_INVALID_QUERY, POLICY_SYNTAX_ERROR, POLICY_TYPE_MISMATCH, POLICY_UNKNOWN_IDENTIFIER, VALIDATION_FAILED, VIEW_AS_SELF */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, NOT_AN_APP_USER, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED, VIEW_AS_TARGET_MORE_PRIVILEGED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): APP_USER_NOT_FOUND, NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAccessMatrix: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The collection's key or id */
                collection: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        collection: {
                            key: string;
                            name: string;
                            restricted: boolean;
                        };
                        /** @description The collection's own fields */
                        fields: {
                            name: string;
                            type: string;
                        }[];
                        /** @description One row per role, then everyone, internal, external and anonymous */
                        rows: {
                            /** @enum {string} */
                            kind: "role" | "audience";
                            /** @description The role key, or the audience */
                            key: string;
                            name: string;
                            /** @description The audience of an audience row */
                            audience: ("everyone" | "internal" | "external" | "anonymous") | null;
                            /** @description A role row: whether the role is internal */
                            internal: boolean | null;
                            /** @description Access All Data: the row bypasses every rule and takes none */
                            allData: boolean;
                            /** @description Data rights the role lacks: its grants open nothing to someone who holds only this role */
                            missingRights: string[];
                            actions: {
                                read: {
                                    /**
                                     * @description open: every record (or field) the row reaches; conditional: where a condition holds; closed: none; bypass: Access All Data, no rule applies
                                     * @enum {string}
                                     */
                                    state: "open" | "conditional" | "closed" | "bypass";
                                    /**
                                     * @description allData: the role bypasses every rule; unrestricted: the collection is not restricted; noGrant: the row has no grant for the action; notListed: no grant of the row lists the field; rules: the rules listed decide
                                     * @enum {string}
                                     */
                                    reason: "allData" | "unrestricted" | "noGrant" | "notListed" | "rules";
                                    /** @description Rule ids of the row's grants for the action: all must hold (AND) */
                                    grants: string[];
                                    /** @description Rule ids of the guards that apply to the row's holders: all must hold */
                                    guards: string[];
                                };
                                create: {
                                    /**
                                     * @description open: every record (or field) the row reaches; conditional: where a condition holds; closed: none; bypass: Access All Data, no rule applies
                                     * @enum {string}
                                     */
                                    state: "open" | "conditional" | "closed" | "bypass";
                                    /**
                                     * @description allData: the role bypasses every rule; unrestricted: the collection is not restricted; noGrant: the row has no grant for the action; notListed: no grant of the row lists the field; rules: the rules listed decide
                                     * @enum {string}
                                     */
                                    reason: "allData" | "unrestricted" | "noGrant" | "notListed" | "rules";
                                    /** @description Rule ids of the row's grants for the action: all must hold (AND) */
                                    grants: string[];
                                    /** @description Rule ids of the guards that apply to the row's holders: all must hold */
                                    guards: string[];
                                };
                                update: {
                                    /**
                                     * @description open: every record (or field) the row reaches; conditional: where a condition holds; closed: none; bypass: Access All Data, no rule applies
                                     * @enum {string}
                                     */
                                    state: "open" | "conditional" | "closed" | "bypass";
                                    /**
                                     * @description allData: the role bypasses every rule; unrestricted: the collection is not restricted; noGrant: the row has no grant for the action; notListed: no grant of the row lists the field; rules: the rules listed decide
                                     * @enum {string}
                                     */
                                    reason: "allData" | "unrestricted" | "noGrant" | "notListed" | "rules";
                                    /** @description Rule ids of the row's grants for the action: all must hold (AND) */
                                    grants: string[];
                                    /** @description Rule ids of the guards that apply to the row's holders: all must hold */
                                    guards: string[];
                                };
                                delete: {
                                    /**
                                     * @description open: every record (or field) the row reaches; conditional: where a condition holds; closed: none; bypass: Access All Data, no rule applies
                                     * @enum {string}
                                     */
                                    state: "open" | "conditional" | "closed" | "bypass";
                                    /**
                                     * @description allData: the role bypasses every rule; unrestricted: the collection is not restricted; noGrant: the row has no grant for the action; notListed: no grant of the row lists the field; rules: the rules listed decide
                                     * @enum {string}
                                     */
                                    reason: "allData" | "unrestricted" | "noGrant" | "notListed" | "rules";
                                    /** @description Rule ids of the row's grants for the action: all must hold (AND) */
                                    grants: string[];
                                    /** @description Rule ids of the guards that apply to the row's holders: all must hold */
                                    guards: string[];
                                };
                            };
                            /** @description By field name: the field for read, create and update */
                            fields: {
                                [key: string]: {
                                    read: {
                                        /**
                                         * @description open: every record (or field) the row reaches; conditional: where a condition holds; closed: none; bypass: Access All Data, no rule applies
                                         * @enum {string}
                                         */
                                        state: "open" | "conditional" | "closed" | "bypass";
                                        /**
                                         * @description allData: the role bypasses every rule; unrestricted: the collection is not restricted; noGrant: the row has no grant for the action; notListed: no grant of the row lists the field; rules: the rules listed decide
                                         * @enum {string}
                                         */
                                        reason: "allData" | "unrestricted" | "noGrant" | "notListed" | "rules";
                                        /** @description Rule ids of the row's grants that give the field */
                                        grants: string[];
                                        /** @description Rule ids of the field conditions on the field that apply to the row's holders */
                                        fieldConditions: string[];
                                    };
                                    create: {
                                        /**
                                         * @description open: every record (or field) the row reaches; conditional: where a condition holds; closed: none; bypass: Access All Data, no rule applies
                                         * @enum {string}
                                         */
                                        state: "open" | "conditional" | "closed" | "bypass";
                                        /**
                                         * @description allData: the role bypasses every rule; unrestricted: the collection is not restricted; noGrant: the row has no grant for the action; notListed: no grant of the row lists the field; rules: the rules listed decide
                                         * @enum {string}
                                         */
                                        reason: "allData" | "unrestricted" | "noGrant" | "notListed" | "rules";
                                        /** @description Rule ids of the row's grants that give the field */
                                        grants: string[];
                                        /** @description Rule ids of the field conditions on the field that apply to the row's holders */
                                        fieldConditions: string[];
                                    };
                                    update: {
                                        /**
                                         * @description open: every record (or field) the row reaches; conditional: where a condition holds; closed: none; bypass: Access All Data, no rule applies
                                         * @enum {string}
                                         */
                                        state: "open" | "conditional" | "closed" | "bypass";
                                        /**
                                         * @description allData: the role bypasses every rule; unrestricted: the collection is not restricted; noGrant: the row has no grant for the action; notListed: no grant of the row lists the field; rules: the rules listed decide
                                         * @enum {string}
                                         */
                                        reason: "allData" | "unrestricted" | "noGrant" | "notListed" | "rules";
                                        /** @description Rule ids of the row's grants that give the field */
                                        grants: string[];
                                        /** @description Rule ids of the field conditions on the field that apply to the row's holders */
                                        fieldConditions: string[];
                                    };
                                };
                            };
                        }[];
                        /** @description Every rule a cell names, as the rules API returns it */
                        rules: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "grant" | "guard" | "fieldCondition";
                            name: string;
                            description: string;
                            /** @description The collection key */
                            collection: string;
                            to: {
                                roles?: string[];
                                /** @enum {string} */
                                audience?: "everyone" | "internal" | "external" | "anonymous";
                            };
                            actions: string[];
                            condition: string | null;
                            fields: (string[] | {
                                [key: string]: string[];
                            }) | null;
                            access: ("read" | "write") | null;
                            /** @description False when the schema changed under the rule; it then counts as false */
                            valid: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "charter.policy";
                        formatVersion: 1 | 2;
                        app?: {
                            name: string;
                        };
                        exportedAt?: string;
                        roles: {
                            key: string;
                            name: string;
                            /** @default  */
                            description: string;
                            /** @default false */
                            internal: boolean;
                            /** @default false */
                            builder: boolean;
                            /** @default false */
                            allData: boolean;
                            /** @default false */
                            forceMfa: boolean;
                            /** @default [] */
                            rights: string[];
                        }[];
                        customRights: {
                            key: string;
                            name: string;
                            /** @default  */
                            description: string;
                        }[];
                        collections: {
                            [key: string]: {
                                restricted: boolean;
                            };
                        };
                        rules: {
                            /** @enum {string} */
                            kind: "grant" | "guard" | "fieldCondition";
                            name: string;
                            /** @default  */
                            description: string;
                            /** @description The collection key */
                            collection: string;
                            /** @description Role keys and/or an audience; roles with Access All Data are refused (rules do not apply to them) */
                            to: {
                                roles?: string[];
                                /** @enum {string} */
                                audience?: "everyone" | "internal" | "external" | "anonymous";
                            };
                            /**
                             * @description Grants and guards: the actions it covers
                             * @default []
                             */
                            actions: ("read" | "create" | "update" | "delete")[];
                            /** @description CEL over record.<field name>, user.* and now; checked against the schema when saved */
                            condition?: string;
                            /** @description Field names */
                            fields?: string[] | {
                                [key: string]: string[];
                            };
                            /**
                             * @description A field condition: 'read', or 'write' (create and update)
                             * @enum {string}
                             */
                            access?: "read" | "write";
                        }[];
                        /** @description The app's pages by slug; left out, the import leaves the app's pages as they are */
                        pages?: {
                            title: string;
                            /** @description Its address in the end-user app: /a/<app>/<slug> */
                            slug: string;
                            /** @default null */
                            icon: string | null;
                            /**
                             * @description The slug of the page it sits under; null at the top
                             * @default null
                             */
                            parent: string | null;
                            /**
                             * @description Order among its siblings
                             * @default 0
                             */
                            position: number;
                            /**
                             * @description Convenience, not security: the records under a visible section still go through the data rules
                             * @default {
                             *       "audience": "everyone",
                             *       "roles": [],
                             *       "condition": null
                             *     }
                             */
                            visibility: {
                                /**
                                 * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                 * @default everyone
                                 * @enum {string}
                                 */
                                audience: "everyone" | "internal" | "external" | "roles";
                                /**
                                 * @description Role keys, for audience 'roles': any one of them
                                 * @default []
                                 */
                                roles: string[];
                                /**
                                 * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                 * @default null
                                 */
                                condition: string | null;
                            };
                            /** @default [] */
                            sections: ({
                                /** @default  */
                                title: string;
                                /**
                                 * @description Convenience, not security: the records under a visible section still go through the data rules
                                 * @default {
                                 *       "audience": "everyone",
                                 *       "roles": [],
                                 *       "condition": null
                                 *     }
                                 */
                                visibility: {
                                    /**
                                     * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                     * @default everyone
                                     * @enum {string}
                                     */
                                    audience: "everyone" | "internal" | "external" | "roles";
                                    /**
                                     * @description Role keys, for audience 'roles': any one of them
                                     * @default []
                                     */
                                    roles: string[];
                                    /**
                                     * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                     * @default null
                                     */
                                    condition: string | null;
                                };
                                /** @enum {string} */
                                kind: "collectionView";
                                /** @description The collection key */
                                collection: string;
                                /**
                                 * @default table
                                 * @enum {string}
                                 */
                                layout: "table" | "list" | "cards";
                                /**
                                 * @description The fields to show, in order; none shows every readable field
                                 * @default []
                                 */
                                fields: string[];
                                /** @default [] */
                                sort: {
                                    field: string;
                                    /**
                                     * @default asc
                                     * @enum {string}
                                     */
                                    direction: "asc" | "desc";
                                }[];
                                /**
                                 * @description Collection filter: CEL over record.* and user.*, ANDed on top of the data rules, never instead
                                 * @default null
                                 */
                                filter: string | null;
                            } | {
                                /** @default  */
                                title: string;
                                /**
                                 * @description Convenience, not security: the records under a visible section still go through the data rules
                                 * @default {
                                 *       "audience": "everyone",
                                 *       "roles": [],
                                 *       "condition": null
                                 *     }
                                 */
                                visibility: {
                                    /**
                                     * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                     * @default everyone
                                     * @enum {string}
                                     */
                                    audience: "everyone" | "internal" | "external" | "roles";
                                    /**
                                     * @description Role keys, for audience 'roles': any one of them
                                     * @default []
                                     */
                                    roles: string[];
                                    /**
                                     * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                     * @default null
                                     */
                                    condition: string | null;
                                };
                                /** @enum {string} */
                                kind: "recordView";
                                /** @description The collection key */
                                collection: string;
                                /**
                                 * @default detail
                                 * @enum {string}
                                 */
                                mode: "detail" | "edit" | "create";
                                /**
                                 * @description The fields to show or offer, in order; none means every one the person may
                                 * @default []
                                 */
                                fields: string[];
                            } | {
                                /** @default  */
                                title: string;
                                /**
                                 * @description Convenience, not security: the records under a visible section still go through the data rules
                                 * @default {
                                 *       "audience": "everyone",
                                 *       "roles": [],
                                 *       "condition": null
                                 *     }
                                 */
                                visibility: {
                                    /**
                                     * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                     * @default everyone
                                     * @enum {string}
                                     */
                                    audience: "everyone" | "internal" | "external" | "roles";
                                    /**
                                     * @description Role keys, for audience 'roles': any one of them
                                     * @default []
                                     */
                                    roles: string[];
                                    /**
                                     * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                     * @default null
                                     */
                                    condition: string | null;
                                };
                                /** @enum {string} */
                                kind: "text";
                                /** @description Markdown; rendered without HTML */
                                markdown: string;
                            } | {
                                /** @default  */
                                title: string;
                                /**
                                 * @description Convenience, not security: the records under a visible section still go through the data rules
                                 * @default {
                                 *       "audience": "everyone",
                                 *       "roles": [],
                                 *       "condition": null
                                 *     }
                                 */
                                visibility: {
                                    /**
                                     * @description Every app user, internal users (Team Member), external users (clients), or holders of 'roles'
                                     * @default everyone
                                     * @enum {string}
                                     */
                                    audience: "everyone" | "internal" | "external" | "roles";
                                    /**
                                     * @description Role keys, for audience 'roles': any one of them
                                     * @default []
                                     */
                                    roles: string[];
                                    /**
                                     * @description CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved
                                     * @default null
                                     */
                                    condition: string | null;
                                };
                                /** @enum {string} */
                                kind: "links";
                                links: {
                                    label: string;
                                    /** @description The slug of a page in the file */
                                    page: string;
                                }[];
                            })[];
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importPolicy: {
        parameters: {
            query?: {
                /** @description true: apply in a transaction, report the diff, roll back; nothing is saved */
                dryRun?: "true" | "false";
                /** @description true: delete roles and custom rights missing from the file even while users hold them */
                prune?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        /** @description A charter.policy document, as exported */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        /** @description The file matched the app: nothing to change */
                        unchanged: boolean;
                        /** @description The app's policy version after the import (unchanged on a dry run) */
                        policyVersion: number;
                        changes: {
                            roles: {
                                added: {
                                    key: string;
                                    name: string;
                                }[];
                                removed: {
                                    key: string;
                                    name: string;
                                    users: number;
                                }[];
                                changed: {
                                    key: string;
                                    /** @description Each changed property, before and after */
                                    changes: {
                                        [key: string]: {
                                            before: unknown;
                                            after: unknown;
                                        };
                                    };
                                }[];
                            };
                            customRights: {
                                added: {
                                    key: string;
                                    name: string;
                                }[];
                                removed: {
                                    key: string;
                                    name: string;
                                    users: number;
                                }[];
                                changed: {
                                    key: string;
                                    /** @description Each changed property, before and after */
                                    changes: {
                                        [key: string]: {
                                            before: unknown;
                                            after: unknown;
                                        };
                                    };
                                }[];
                            };
                            collections: {
                                changed: {
                                    collection: string;
                                    /** @description Each changed property, before and after */
                                    changes: {
                                        [key: string]: {
                                            before: unknown;
                                            after: unknown;
                                        };
                                    };
                                }[];
                            };
                            rules: {
                                added: {
                                    collection: string;
                                    name: string;
                                    kind: string;
                                }[];
                                removed: {
                                    collection: string;
                                    name: string;
                                    kind: string;
                                }[];
                                changed: {
                                    collection: string;
                                    name: string;
                                    kind: string;
                                    /** @description Each changed property, before and after */
                                    changes: {
                                        [key: string]: {
                                            before: unknown;
                                            after: unknown;
                                        };
                                    };
                                }[];
                            };
                            /** @description Pages by slug; all empty when the file has no pages */
                            pages: {
                                added: {
                                    slug: string;
                                    title: string;
                                }[];
                                removed: {
                                    slug: string;
                                    title: string;
                                }[];
                                changed: {
                                    slug: string;
                                    title: string;
                                    /** @description Each changed setting, e.g. visibility or sections[Open positions].filter */
                                    changes: {
                                        [key: string]: {
                                            before: unknown;
                                            after: unknown;
                                        };
                                    };
                                }[];
                            };
                        };
                        /** @description Who gains and who loses access, and on how many records */
                        impact: {
                            /** @description True when no app user gains or loses anything on any record */
                            unchanged: boolean;
                            readonly collections: {
                                collection: string;
                                /** @enum {string} */
                                action: "read" | "create" | "update" | "delete";
                                usersGaining: number;
                                usersLosing: number;
                                /** @description Distinct records some user gains */
                                recordsGaining: number;
                                /** @description Distinct records some user loses */
                                recordsLosing: number;
                                readonly fields: {
                                    field: string;
                                    /** @enum {string} */
                                    access: "read" | "update";
                                    usersGaining: number;
                                    usersLosing: number;
                                    /** @description Distinct records some user gains */
                                    recordsGaining: number;
                                    /** @description Distinct records some user loses */
                                    recordsLosing: number;
                                }[];
                            }[];
                            readonly users: {
                                userId: string;
                                email: string;
                                readonly gains: string[];
                                readonly losses: string[];
                                /** @description The gains and losses counted, per collection, action and field */
                                readonly changes: {
                                    collection: string;
                                    /** @enum {string} */
                                    action: "read" | "create" | "update" | "delete";
                                    /** @description Absent when whole records are gained or lost */
                                    field?: string;
                                    gained: number;
                                    lost: number;
                                }[];
                            }[];
                        };
                        /** @description Each page some app user starts or stops seeing (by the pages, roles or people the file changes), with the sections that change */
                        pageImpact: {
                            page: {
                                /** @description Null for a page not saved yet */
                                id: string | null;
                                slug: string;
                                title: string;
                            };
                            /** @description How many app users see the page now */
                            before: number;
                            /** @description How many would see it after the change */
                            after: number;
                            /** @description Users who do not see it now and would */
                            gains: {
                                /** @description How many users in all */
                                count: number;
                                /** @description The first 50 of them, by email */
                                users: {
                                    /** Format: uuid */
                                    id: string;
                                    email: string;
                                    name: string;
                                }[];
                            };
                            /** @description Users who see it now and would not */
                            losses: {
                                /** @description How many users in all */
                                count: number;
                                /** @description The first 50 of them, by email */
                                users: {
                                    /** Format: uuid */
                                    id: string;
                                    email: string;
                                    name: string;
                                }[];
                            };
                            sections: {
                                /** @description Null for a section not saved yet */
                                id: string | null;
                                title: string;
                                kind: string;
                                /** @description Users who do not see it now and would */
                                gains: {
                                    /** @description How many users in all */
                                    count: number;
                                    /** @description The first 50 of them, by email */
                                    users: {
                                        /** Format: uuid */
                                        id: string;
                                        email: string;
                                        name: string;
                                    }[];
                                };
                                /** @description Users who see it now and would not */
                                losses: {
                                    /** @description How many users in all */
                                    count: number;
                                    /** @description The first 50 of them, by email */
                                    users: {
                                        /** Format: uuid */
                                        id: string;
                                        email: string;
                                        name: string;
                                    }[];
                                };
                            }[];
                        }[];
                        warnings: {
                            field: string;
                            code: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, POLICY_INVALID, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: POLICY_REMOVES_IN_USE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    runPermissionTests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        /** @description The fixture: users, records and tests (see docs/permission-tests.md) */
        requestBody: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        app: string;
                        policyVersion: number;
                        tests: number;
                        passed: number;
                        failed: number;
                        results: {
                            test: string;
                            as: string;
                            collection: string;
                            record: string | null;
                            /** @enum {string} */
                            action: "read" | "update" | "delete" | "create" | "fields.visible" | "fields.updatable";
                            expected: ("allow" | "deny") | (string[] | {
                                includes?: string[];
                                excludes?: string[];
                            });
                            actual: ("allow" | "deny") | "error" | string[];
                            ok: boolean;
                            message?: string;
                            explanation?: string[];
                        }[];
                        coverage: {
                            rules: number;
                            exercised: number;
                            unexercised: {
                                ruleId: string;
                                name: string;
                                collection: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, POLICY_TEST_INVALID, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    runMutationCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        /** @description The fixture, as for POST /api/apps/:app/policy/test */
        requestBody: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        app: string;
                        policyVersion: number;
                        baseline: {
                            tests: number;
                            passed: number;
                            failed: number;
                        };
                        mutants: number;
                        survived: number;
                        rules: {
                            ruleId: string;
                            name: string;
                            collection: string;
                            /** @enum {string} */
                            kind: "grant" | "guard" | "fieldCondition";
                            protected: boolean;
                            mutants: {
                                mutation: string;
                                caught: boolean;
                                failingTests: string[];
                            }[];
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, POLICY_TEST_INVALID, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    lintPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        warnings: {
                            /** @enum {string} */
                            code: "OPEN_TO_EVERYONE" | "NEVER_MATCHES" | "ROLE_WITHOUT_MEMBERS" | "FIELD_UNREADABLE" | "SHADOWED_BY_ALL_DATA" | "ROLE_LACKS_DATA_RIGHT" | "PAGE_SHOWS_NOTHING";
                            /**
                             * @description warning: probably a mistake; info: worth a look
                             * @enum {string}
                             */
                            severity: "warning" | "info";
                            message: string;
                            ruleId?: string;
                            /** @description A role key */
                            role?: string;
                            /** @description A collection key */
                            collection?: string;
                            /** @description A field name */
                            field?: string;
                            /** @description A page, by slug */
                            page?: string;
                            /** @description A section of the page, by title */
                            section?: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    explainPageVisibility: {
        parameters: {
            query: {
                /** @description The app user, by account id or email */
                user: string;
            };
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The page id, or its slug */
                page: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                        };
                        page: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            slug: string;
                        };
                        /** @description Shown to the person: its own rule and every page above it hold */
                        visible: boolean;
                        own: {
                            /** @enum {string} */
                            audience: "everyone" | "internal" | "external" | "roles";
                            roles: string[];
                            /** @description Whether the person is in the audience */
                            inAudience: boolean;
                            /** @description The condition in builders’ terms, and whether it holds for the person */
                            condition: {
                                text: string;
                                holds: boolean;
                            } | null;
                            visible: boolean;
                        };
                        /** @description The pages above it, nearest first */
                        above: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            check: {
                                /** @enum {string} */
                                audience: "everyone" | "internal" | "external" | "roles";
                                roles: string[];
                                /** @description Whether the person is in the audience */
                                inAudience: boolean;
                                /** @description The condition in builders’ terms, and whether it holds for the person */
                                condition: {
                                    text: string;
                                    holds: boolean;
                                } | null;
                                visible: boolean;
                            };
                        }[];
                        sections: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            kind: string;
                            visible: boolean;
                            check: {
                                /** @enum {string} */
                                audience: "everyone" | "internal" | "external" | "roles";
                                roles: string[];
                                /** @description Whether the person is in the audience */
                                inAudience: boolean;
                                /** @description The condition in builders’ terms, and whether it holds for the person */
                                condition: {
                                    text: string;
                                    holds: boolean;
                                } | null;
                                visible: boolean;
                            };
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): APP_USER_NOT_FOUND, NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    explainAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The app user to explain for, by account id or email; null for an anonymous visitor */
                    user: string | null;
                    /** @enum {string} */
                    action: "read" | "create" | "update" | "delete";
                    /** @description Collection key or id */
                    collection: string;
                    /** @description A record id: the trace is evaluated on that record */
                    record?: string;
                    /** @description A list request: returns its SQL and, with `record`, why that record is or isn't in it */
                    list?: {
                        filter?: string;
                        search?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            email: string;
                        } | null;
                        trace: {
                            [key: string]: unknown;
                        };
                        record?: {
                            id: string;
                            exists: boolean;
                            allowed: boolean;
                            sqlAllowed: boolean;
                            agrees: boolean;
                            reasons: string[];
                            /** @description On an allowed read: each readable link field and how many targets the user cannot read */
                            links?: {
                                field: string;
                                collection: string;
                                linked: number;
                                unreadable: number;
                            }[];
                            notes?: string[];
                        };
                        list?: {
                            sql: string;
                            includesRecord?: boolean;
                        };
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, POLICY_UNKNOWN_IDENTIFIER, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): APP_USER_NOT_FOUND, NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExplanation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
                /** @description The decision reference from a denied request */
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        trace: {
                            [key: string]: unknown;
                        };
                        record?: {
                            id: string;
                            exists: boolean;
                            allowed: boolean;
                            sqlAllowed: boolean;
                            agrees: boolean;
                            reasons: string[];
                            /** @description On an allowed read: each readable link field and how many targets the user cannot read */
                            links?: {
                                field: string;
                                collection: string;
                                linked: number;
                                unreadable: number;
                            }[];
                            notes?: string[];
                        };
                        list?: {
                            sql: string;
                            includesRecord?: boolean;
                        };
                        reference: string;
                        createdAt: string;
                        expiresAt: string;
                        user: {
                            id: string;
                            email: string | null;
                        } | null;
                        viewedAsBy: {
                            id: string;
                            email: string | null;
                        } | null;
                        method: string;
                        action: string;
                        collection: string;
                        recordId: string | null;
                        /** @description The rules changed since the denial; the trace uses the current ones */
                        policyChanged: boolean;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: APP_ACCESS_SUSPENDED, FORBIDDEN, INSUFFICIENT_SCOPE, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_RESTRICTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startViewAs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The app user to view as, by account id or email */
                    user: string;
                    /** @description Why; it is kept in the audit log */
                    reason: string;
                    /**
                     * @description How long, at most 60 minutes
                     * @default 30
                     */
                    minutes?: number;
                    /**
                     * @description Allow writes too (only for callers who may write all data of the app themselves)
                     * @default false
                     */
                    writes?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        appId: string;
                        user: {
                            id: string;
                            email: string;
                            name: string;
                        };
                        caller: {
                            id: string;
                            email: string;
                        };
                        reason: string;
                        writes: boolean;
                        startedAt: string;
                        expiresAt: string;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: MALFORMED_JSON, VALIDATION_FAILED, VIEW_AS_SELF */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, APP_ACCESS_SUSPENDED, CSRF_ORIGIN_MISMATCH, FORBIDDEN, MFA_ENROLLMENT_REQUIRED, PASSWORD_CHANGE_REQUIRED, VIEW_AS_READ_ONLY, VIEW_AS_RESTRICTED, VIEW_AS_TARGET_MORE_PRIVILEGED, VIEW_AS_WRITES_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: VIEW_AS_ALREADY_ACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getViewAs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: {
                            id: string;
                            appId: string;
                            user: {
                                id: string;
                                email: string;
                                name: string;
                            };
                            caller: {
                                id: string;
                                email: string;
                            };
                            reason: string;
                            writes: boolean;
                            startedAt: string;
                            expiresAt: string;
                        } | null;
                    };
                };
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, PASSWORD_CHANGE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    stopViewAs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: INVALID_API_KEY, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: API_KEY_NOT_ALLOWED, CSRF_ORIGIN_MISMATCH, PASSWORD_CHANGE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours (they look the same) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
