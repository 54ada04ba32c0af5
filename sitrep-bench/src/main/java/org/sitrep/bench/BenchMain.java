package org.sitrep.bench;

import java.util.Arrays;
import org.sitrep.bench.ingest.FormatScaleRun;
import org.sitrep.bench.ingest.IngestScaleRun;
import org.sitrep.bench.scale.FigureScaleRun;
import org.sitrep.bench.serve.ServeLoadRun;

/** Entry point of {@code sitrep-bench/run}: dispatches to JMH or to one of the end-to-end runs. */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println(
                    "usage: run jmh [JMH options] | figures N… | ingest N… | formats N… | serve DATA_DIR [options]");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "jmh" -> org.openjdk.jmh.Main.main(rest);
            case "figures" -> FigureScaleRun.main(rest);
            case "ingest" -> IngestScaleRun.main(rest);
            case "formats" -> FormatScaleRun.main(rest);
            case "serve" -> ServeLoadRun.main(rest);
            default -> {
                System.err.println("unknown benchmark: " + args[0]);
                System.exit(2);
            }
        }
    }
}
