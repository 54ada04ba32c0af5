package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.security.ApiTokens;
import org.sitrep.app.security.Role;
import org.sitrep.app.security.TokenLifetime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep tokens}: API tokens, while no server runs (with one, its API does this). */
@Command(
        name = "tokens",
        mixinStandardHelpOptions = true,
        description = "Create, list and revoke API tokens (Authorization: Bearer).",
        subcommands = {TokensCommand.Create.class, TokensCommand.ListTokens.class, TokensCommand.Revoke.class})
final class TokensCommand {

    @ParentCommand
    SitrepCommand parent;

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Make a token and print its secret, once, alone on standard output.")
    static final class Create implements Callable<Integer> {
        @ParentCommand
        TokensCommand tokens;

        @Spec
        CommandSpec spec;

        @Option(names = "--user", required = true, paramLabel = "NAME", description = "Whose token it is.")
        String user;

        @Option(
                names = "--role",
                paramLabel = "ROLE",
                description = "The role it acts as (default: the user's; viewer for a read-only token).")
        String role;

        @Option(names = "--name", paramLabel = "LABEL", defaultValue = "cli", description = "What it is for.")
        String name;

        @Option(
                names = "--expires",
                paramLabel = "AFTER",
                defaultValue = TokenLifetime.DEFAULT,
                description = "90d, 12h, 30m or never (default: ${DEFAULT-VALUE}).")
        String expires;

        @Override
        public Integer call() throws Exception {
            ApiTokens.NewToken made;
            try (AccountStore store = AccountStore.open(tokens.parent.data(), false)) {
                Role acting = role != null
                        ? Role.of(role)
                        : store.users
                                .find(user)
                                .orElseThrow(() -> new IllegalArgumentException("there is no user '" + user + "'"))
                                .role();
                made = store.tokens.create(user, acting, name, TokenLifetime.parse(expires));
                store.record(
                        "token.create",
                        made.id(),
                        "for " + user + " as " + acting.id() + ", "
                                + (made.expiresAt() == null ? "never expires" : "expires " + made.expiresAt()));
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("sitrep: token " + made.id() + " for " + user + " as "
                    + made.role().id() + ", "
                    + (made.expiresAt() == null ? "never expires" : "expires " + made.expiresAt())
                    + "; its secret is shown only now");
            err.flush();
            PrintWriter out = spec.commandLine().getOut();
            out.println(made.secret());
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the tokens (never their secrets).")
    static final class ListTokens implements Callable<Integer> {
        @ParentCommand
        TokensCommand tokens;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        /** A token as {@code --json} lists it: never its secret. */
        record Listed(
                String id,
                String name,
                String user,
                String role,
                String createdAt,
                @Nullable String expiresAt,
                @Nullable String revokedAt,
                @Nullable String revokedBy,
                boolean active) {}

        @Override
        public Integer call() throws Exception {
            List<ApiTokens.Token> all;
            try (AccountStore store = AccountStore.open(tokens.parent.data(), false)) {
                all = store.tokens.list();
            }
            Instant now = Instant.now();
            PrintWriter out = spec.commandLine().getOut();
            if (json.on()) {
                JsonOption.print(
                        out,
                        all.stream()
                                .map(token -> new Listed(
                                        token.id(),
                                        token.name(),
                                        token.username(),
                                        token.role().id(),
                                        token.createdAt().toString(),
                                        text(token.expiresAt()),
                                        text(token.revokedAt()),
                                        token.revokedBy(),
                                        token.activeAt(now)))
                                .toList());
            } else {
                out.printf("%-16s %-20s %-20s %-12s %-8s %s%n", "ID", "NAME", "USER", "ROLE", "STATE", "EXPIRES");
                all.forEach(token -> out.printf(
                        "%-16s %-20s %-20s %-12s %-8s %s%n",
                        token.id(),
                        token.name(),
                        token.username(),
                        token.role().id(),
                        token.revokedAt() != null ? "revoked" : token.activeAt(now) ? "active" : "expired",
                        token.expiresAt() == null ? "never" : token.expiresAt()));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token: it stops working.")
    static final class Revoke implements Callable<Integer> {
        @ParentCommand
        TokensCommand tokens;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The token's id (tok_…), as `sitrep tokens list` shows it.")
        String id;

        @Override
        public Integer call() throws Exception {
            try (AccountStore store = AccountStore.open(tokens.parent.data(), false)) {
                ApiTokens.Token token = store.tokens
                        .find(id)
                        .orElseThrow(() -> new IllegalArgumentException("there is no token '" + id + "'"));
                if (!store.tokens.revoke(id, AccountStore.actor())) {
                    throw new IllegalArgumentException("token " + id + " was revoked already");
                }
                store.record("token.revoke", id, "of " + token.username() + " (" + token.name() + ")");
            }
            spec.commandLine().getErr().println("sitrep: revoked " + id);
            spec.commandLine().getErr().flush();
            return 0;
        }
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
