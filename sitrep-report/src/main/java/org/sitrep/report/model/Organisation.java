package org.sitrep.report.model;

/**
 * The publishing organisation as the bulletin names it; all configuration.
 *
 * @param name full name (国家计算机网络应急技术处理协调中心 / …)
 * @param shortName the name used inside sentences (本周{shortName}监测发现…), e.g. an acronym
 * @param vulnerabilityPlatform the vulnerability database whose records section 4 counts, named in full with its
 *     acronym (国家信息安全漏洞共享平台（CNVD）)
 * @param vulnerabilityPlatformShort its acronym (CNVD)
 * @param about the closing "about" paragraph
 */
public record Organisation(
        LocalizedText name,
        LocalizedText shortName,
        LocalizedText vulnerabilityPlatform,
        LocalizedText vulnerabilityPlatformShort,
        LocalizedText about) {
    public Organisation {
        Checks.present(name, "name");
        Checks.present(shortName, "shortName");
        Checks.present(vulnerabilityPlatform, "vulnerabilityPlatform");
        Checks.present(vulnerabilityPlatformShort, "vulnerabilityPlatformShort");
        Checks.present(about, "about");
    }
}
