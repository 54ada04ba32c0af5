/**
 * The demo data: a synthetic world (address plan with a geo table, malware, web sites, drop-site and phishing
 * domains, vulnerabilities, cases) and a deterministic generator that writes weeks of it in Sitrep's native input
 * formats. Entry point: {@link org.sitrep.ingest.demo.DemoGenerator} with {@link org.sitrep.ingest.demo.DemoSettings}.
 */
package org.sitrep.ingest.demo;
