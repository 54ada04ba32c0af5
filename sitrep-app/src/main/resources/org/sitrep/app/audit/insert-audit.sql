INSERT INTO audit_trail (occurred_at, actor, action, target, detail, source) VALUES (:at, :actor, :action, :target, :detail, :source)
