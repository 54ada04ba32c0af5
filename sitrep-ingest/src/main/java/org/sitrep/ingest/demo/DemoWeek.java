package org.sitrep.ingest.demo;

/**
 * What the event writers of one week share: the demo world, the week's plan and the timestamp writer.
 *
 * @param world the hosts, sites, networks and catalogues every week draws from
 * @param plan how many events of each kind the week has
 * @param timestamps writes the events' times
 */
record DemoWeek(DemoWorld world, WeekPlan plan, TimestampText timestamps) {}
