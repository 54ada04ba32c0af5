package org.sitrep.core.parse;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper every feed reads with: Jackson with limits that keep hostile input bounded — one string at most
 * 4 Mi characters, nesting at most 200 deep — so a broken or malicious file becomes a framing error, not a
 * memory or stack problem.
 */
public final class BoundedJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(4 * 1024 * 1024)
                            .maxNestingDepth(200)
                            .build())
                    .build())
            .build();

    private BoundedJson() {}
}
