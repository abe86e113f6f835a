/**
 * Word documents coming back into coop: an edited answer draft replaces the stored answers, a
 * returned contribution form (Ressortabfrage) is stored as a department's contribution. Reading is
 * strict: anything the store cannot hold (tracked changes, formatting, pictures, a deleted control,
 * a stale draft) is refused with the question named, and nothing is written.
 */
package de.nrw.coop.reports.word;
