package org.sitrep.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Schema V7's {@code ip_bits}: an address as its family and bits, computed by hand for each case. */
class IpBitsTest {

    private Connection connection;

    @BeforeEach
    void store() throws Exception {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        Migrations.migrate(connection);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    private String bits(String ip) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("SELECT ip_bits(?)")) {
            statement.setString(1, ip);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static String hextets(String... groups) {
        StringBuilder bits = new StringBuilder("6");
        for (String group : groups) {
            String binary = Integer.toBinaryString(Integer.parseInt(group, 16));
            bits.append("0".repeat(16 - binary.length())).append(binary);
        }
        return bits.toString();
    }

    @ParameterizedTest
    @CsvSource({
        "10.1.2.3, 400001010000000010000001000000011",
        "255.0.0.1, 411111111000000000000000000000001",
        "0.0.0.0, 400000000000000000000000000000000"
    })
    void anIpv4AddressIsFourAndItsThirtyTwoBits(String ip, String expected) throws Exception {
        assertThat(bits(ip)).isEqualTo(expected).hasSize(33);
    }

    @ParameterizedTest
    @CsvSource({
        "::, 0:0:0:0:0:0:0:0",
        "::1, 0:0:0:0:0:0:0:1",
        "fe80::, fe80:0:0:0:0:0:0:0",
        "2001:db8::1, 2001:db8:0:0:0:0:0:1",
        "2001:db8:0:1:2:3:4:5, 2001:db8:0:1:2:3:4:5",
        "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8",
        "2001:db8:1::5, 2001:db8:1:0:0:0:0:5"
    })
    void anIpv6AddressIsSixAndItsBitsWithTheGapFilled(String ip, String full) throws Exception {
        assertThat(bits(ip)).isEqualTo(hextets(full.split(":"))).hasSize(129);
    }

    @ParameterizedTest
    @CsvSource({"example.cn", "1.2.3.999", "1.2.3", "not:an:address:x"})
    void anythingElseIsNull(String text) throws Exception {
        assertThat(bits(text)).isNull();
    }
}
