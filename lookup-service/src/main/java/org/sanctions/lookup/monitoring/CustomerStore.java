package org.sanctions.lookup.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sanctions.lookup.matching.Kind;
import org.sanctions.lookup.screening.OwnershipInput.Owner;

/** The customer books in PostgreSQL; every statement is scoped to one bank except the start-up load. */
@ApplicationScoped
public class CustomerStore {

    /** What an upsert did. */
    public enum Outcome { CREATED, CHANGED, UNCHANGED }

    private static final String COLUMNS = "bank, customer_id, name, kind, birth_date, nationality, other_names, reference,"
            + " owners";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    CustomerStore(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Inserts or replaces a customer in the caller's transaction; UNCHANGED when the stored content is the same. */
    public Outcome upsert(Connection c, Customer customer) throws SQLException {
        String hash = customer.contentHash();
        Instant now = Instant.now();
        try (PreparedStatement ps = c.prepareStatement("insert into monitored_customer (" + COLUMNS
                + ", content_hash, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?)"
                + " on conflict (bank, customer_id) do update set name = excluded.name, kind = excluded.kind,"
                + " birth_date = excluded.birth_date, nationality = excluded.nationality,"
                + " other_names = excluded.other_names, reference = excluded.reference, owners = excluded.owners,"
                + " content_hash = excluded.content_hash, updated_at = excluded.updated_at"
                + " where monitored_customer.content_hash <> excluded.content_hash"
                + " returning (xmax = 0) as inserted")) {
            ps.setString(1, customer.bank());
            ps.setString(2, customer.customerId());
            ps.setString(3, customer.name());
            ps.setString(4, customer.kind() == null ? null : customer.kind().name());
            ps.setString(5, customer.birthDate());
            ps.setString(6, customer.nationality());
            ps.setString(7, write(customer.otherNames()));
            ps.setString(8, write(customer.reference()));
            ps.setString(9, customer.owners().isEmpty() ? null : write(customer.owners()));
            ps.setString(10, hash);
            ps.setTimestamp(11, Timestamp.from(now));
            ps.setTimestamp(12, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Outcome.UNCHANGED;
                }
                return rs.getBoolean(1) ? Outcome.CREATED : Outcome.CHANGED;
            }
        }
    }

    public Optional<Customer> find(String bank, String customerId) {
        return query("select " + COLUMNS + " from monitored_customer where bank = ? and customer_id = ?",
                List.of(bank, customerId)).stream().findFirst();
    }

    /** Deletes a customer of the bank; whether it existed. */
    public boolean delete(Connection c, String bank, String customerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "delete from monitored_customer where bank = ? and customer_id = ?")) {
            ps.setString(1, bank);
            ps.setString(2, customerId);
            return ps.executeUpdate() > 0;
        }
    }

    /** A page of the bank's customers after the cursor (a customer id), in id order. */
    public List<Customer> page(String bank, String after, int limit) {
        return query("select " + COLUMNS + " from monitored_customer where bank = ? and customer_id > ?"
                + " order by customer_id limit " + limit, List.of(bank, after == null ? "" : after));
    }

    /**
     * The next customers after the cursor in (bank, customer id) order, of one bank or (bank null) of every bank, for
     * a full rescreen; a null cursor starts at the beginning.
     */
    public List<Customer> after(String bank, String cursorBank, String cursorCustomer, int limit) {
        String from = cursorBank == null ? "" : cursorBank;
        String fromId = cursorCustomer == null ? "" : cursorCustomer;
        if (bank != null) {
            return query("select " + COLUMNS + " from monitored_customer where bank = ? and customer_id > ?"
                    + " order by bank, customer_id limit " + limit, List.of(bank, fromId));
        }
        return query("select " + COLUMNS + " from monitored_customer where (bank, customer_id) > (?, ?)"
                + " order by bank, customer_id limit " + limit, List.of(from, fromId));
    }

    /** How many customers one bank (or, null, every bank) keeps. */
    public int count(String bank) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from monitored_customer" + (bank == null ? "" : " where bank = ?"))) {
            if (bank != null) {
                ps.setString(1, bank);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the customer books", e);
        }
    }

    /** Streams every customer of every bank, for the in-memory index at start. */
    public void forEach(Consumer<Customer> sink) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // a cursor, not the whole table in memory
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from monitored_customer")) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(read(rs));
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the customer books", e);
        }
    }

    private List<Customer> query(String sql, List<String> args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            List<Customer> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read customers", e);
        }
    }

    private Customer read(ResultSet rs) throws SQLException {
        String kind = rs.getString(4);
        String owners = rs.getString(9);
        try {
            return new Customer(rs.getString(1), rs.getString(2), rs.getString(3),
                    kind == null ? null : Kind.valueOf(kind), rs.getString(5), rs.getString(6),
                    json.readValue(rs.getString(7), new TypeReference<List<String>>() { }),
                    json.readValue(rs.getString(8), new TypeReference<Map<String, Object>>() { }),
                    owners == null ? List.of() : json.readValue(owners, new TypeReference<List<Owner>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored customer is not readable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise", e);
        }
    }
}
