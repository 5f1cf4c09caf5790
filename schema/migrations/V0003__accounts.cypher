// People's accounts (graph-api/src/accounts): found by email at sign-in, by an
// identity provider's subject at single sign-on; their browser sessions and
// one-time password links are found by the SHA-256 hash of their secret (the
// secret itself is never stored). Format: see V0001__initial_model.cypher.
CREATE CONSTRAINT account_email IF NOT EXISTS FOR (n:Account) REQUIRE n.email IS UNIQUE;
CREATE CONSTRAINT account_sso_subject IF NOT EXISTS FOR (n:Account) REQUIRE n.ssoSubject IS UNIQUE;
CREATE CONSTRAINT session_hash IF NOT EXISTS FOR (n:Session) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT password_link_hash IF NOT EXISTS FOR (n:PasswordLink) REQUIRE n.hash IS UNIQUE;
