/**
 * The portal's machinery: who asks ({@link de.nrw.coop.web.internal.Access}), forged forms
 * ({@link de.nrw.coop.web.internal.Csrf}), the pages and their view records (public only because
 * the precompiled templates read them), downloads built on demand and streamed from a temporary
 * file, uploads checked before they are imported. Not API.
 */
package de.nrw.coop.web.internal;
