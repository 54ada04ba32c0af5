package org.sitrep.ingest.demo;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the geo table ({@code ip_start,ip_end,country_code,region,city,asn,as_name}) as RFC 4180 CSV. */
final class GeoTableWriter {
    static final String HEADER = "ip_start,ip_end,country_code,region,city,asn,as_name";

    private final List<NetBlock> blocks;

    GeoTableWriter(List<NetBlock> blocks) {
        this.blocks = blocks;
    }

    void write(Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (NetBlock block : blocks) {
            Network network = block.network();
            out.write(String.join(
                    ",",
                    block.firstAddress(),
                    block.lastAddress(),
                    network.country(),
                    csv(network.region()),
                    csv(network.city()),
                    Integer.toString(network.asn()),
                    csv(network.asName())));
            out.write('\n');
        }
    }

    private static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
