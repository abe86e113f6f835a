package de.nrw.coop.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement (MoU, Vereinbarung) between an NRW ministry and partners.
 *
 * @param key           natural key in datasets
 * @param kind          "Memorandum of Understanding", "Vereinbarung", ...
 * @param title         what it is called in answers
 * @param departmentKey the NRW ministry that signed it
 * @param partnerKeys   the partners that signed it
 * @param signed        day of signing
 * @param renewals      days it was renewed, in order
 * @param ended         last day in force; optional (still in force)
 * @param subjects      what it covers ("Ausbildung", "Bekämpfung der Cyberkriminalität")
 */
public record Agreement(String key, String kind, String title, String departmentKey, List<String> partnerKeys,
                        LocalDate signed, List<LocalDate> renewals, LocalDate ended, List<String> subjects) {
    public Agreement {
        key = Check.key(key, "key");
        kind = Check.text(kind, "kind");
        title = Check.text(title, "title");
        departmentKey = Check.text(departmentKey, "department");
        partnerKeys = Check.nonEmptyList(partnerKeys, "partners");
        Check.notNull(signed, "signed");
        renewals = Check.list(renewals, "renewals");
        subjects = Check.list(subjects, "subjects");
        LocalDate previous = signed;
        for (int i = 0; i < renewals.size(); i++) {
            if (!renewals.get(i).isAfter(previous)) {
                throw new ModelException("renewals[" + i + "]", "renewal " + renewals.get(i)
                        + " must come after " + previous + " (signing and renewals in order)");
            }
            previous = renewals.get(i);
        }
        if (ended != null && ended.isBefore(signed)) {
            throw new ModelException("ended", "ended " + ended + " lies before signed " + signed);
        }
    }

    /** Whether the agreement was in force at any time in the given year. */
    public boolean inForceIn(int year) {
        return signed.getYear() <= year && (ended == null || ended.getYear() >= year);
    }
}
