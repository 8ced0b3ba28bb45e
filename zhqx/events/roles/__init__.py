"""The resolvers of event roles, one module per role: project, park, company, count, date, money."""
