package de.nrw.coop.model;

import java.util.List;

/**
 * A visit, delegation, symposium or event.
 *
 * @param key                  natural key in datasets
 * @param kind                 what took place
 * @param date                 when, to the precision the sources give
 * @param countryCode          the partner country it concerns
 * @param direction            to NRW or from NRW
 * @param hostDepartmentKeys   NRW ministries that hosted or travelled
 * @param hostPartnerKeys      other NRW-side organisations that hosted (courts, universities, ...)
 * @param partnerKeys          foreign partners involved
 * @param delegation           who travelled, in words ("drei Richter des Landgerichts Seoul"); optional
 * @param delegationSize       how many travelled; optional
 * @param purpose              why; optional
 * @param projectKey           linked project; optional
 * @param agreementKey         linked agreement; optional
 * @param sentence             the sentence staff would write about it; optional
 */
public record Activity(String key, ActivityKind kind, PartialDate date, String countryCode, Direction direction,
                       List<String> hostDepartmentKeys, List<String> hostPartnerKeys, List<String> partnerKeys,
                       String delegation, Integer delegationSize, String purpose, String projectKey,
                       String agreementKey, String sentence) {
    public Activity {
        key = Check.key(key, "key");
        Check.notNull(kind, "kind");
        Check.notNull(date, "date");
        countryCode = Check.text(countryCode, "country");
        Check.notNull(direction, "direction");
        hostDepartmentKeys = Check.list(hostDepartmentKeys, "hosts.departments");
        hostPartnerKeys = Check.list(hostPartnerKeys, "hosts.partners");
        partnerKeys = Check.list(partnerKeys, "partners");
        delegation = Check.optionalText(delegation);
        if (delegationSize != null && delegationSize < 1) {
            throw new ModelException("delegationSize", "delegation size " + delegationSize + " must be at least 1");
        }
        purpose = Check.optionalText(purpose);
        projectKey = Check.optionalText(projectKey);
        agreementKey = Check.optionalText(agreementKey);
        sentence = Check.optionalText(sentence);
    }
}
