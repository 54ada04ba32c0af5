package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.organisations.Organisations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep organisations}: partner organisations, which partner users belong to. */
@Command(
        name = "organisations",
        mixinStandardHelpOptions = true,
        description = "Add and list partner organisations.",
        subcommands = {OrganisationsCommand.Add.class, OrganisationsCommand.ListOrganisations.class})
final class OrganisationsCommand {

    @ParentCommand
    SitrepCommand parent;

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a partner organisation.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        OrganisationsCommand organisations;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "Its id (a-z 0-9 . _ -), as partner users name it.")
        String id;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Its name.")
        String name;

        @Option(
                names = "--kind",
                required = true,
                paramLabel = "KIND",
                description = "registrar, hosting, cloud, isp, app-store, branch, cert or other.")
        String kind;

        @Option(names = "--country", paramLabel = "CC", description = "Its country, ISO 3166 alpha-2 (CN, DE …).")
        String country;

        @Override
        public Integer call() throws Exception {
            Organisations.Kind wanted = Organisations.Kind.of(kind);
            try (AccountStore store = AccountStore.open(organisations.parent.data(), true)) {
                Organisations.Organisation added = store.organisations.add(id, name, wanted, country);
                store.record(
                        "organisation.add",
                        id,
                        added.name() + ", " + wanted.id() + (added.country() == null ? "" : ", " + added.country()));
            }
            spec.commandLine().getErr().println("sitrep: added organisation " + id);
            spec.commandLine().getErr().flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the partner organisations.")
    static final class ListOrganisations implements Callable<Integer> {
        @ParentCommand
        OrganisationsCommand organisations;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<Organisations.Organisation> all;
            try (AccountStore store = AccountStore.open(organisations.parent.data(), false)) {
                all = store.organisations.list();
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-24s %-10s %-7s %s%n", "ID", "KIND", "COUNTRY", "NAME");
            all.forEach(organisation -> out.printf(
                    "%-24s %-10s %-7s %s%n",
                    organisation.id(),
                    organisation.kind(),
                    organisation.country() == null ? "-" : organisation.country(),
                    organisation.name()));
            out.flush();
            return 0;
        }
    }
}
